import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace brightline. */
export namespace brightline {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a Value.
         * @deprecated Use brightline.v1.Value.$Properties instead.
         */
        interface IValue extends brightline.v1.Value.$Properties {
        }

        /** Represents a Value. */
        class Value {

            /**
             * Constructs a new Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Value number. */
            number?: (number|null);

            /** Value text. */
            text?: (string|null);

            /** Value flag. */
            flag?: (boolean|null);

            /** Value list. */
            list?: (brightline.v1.ValueList.$Properties|null);

            /** Value kind. */
            kind?: ("number"|"text"|"flag"|"list");

            /**
             * Creates a new Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Value instance
             */
            static create(properties: brightline.v1.Value.$Shape): brightline.v1.Value & brightline.v1.Value.$Shape;
            static create(properties?: brightline.v1.Value.$Properties): brightline.v1.Value;

            /**
             * Encodes the specified Value message. Does not implicitly {@link brightline.v1.Value.verify|verify} messages.
             * @param message Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Value message, length delimited. Does not implicitly {@link brightline.v1.Value.verify|verify} messages.
             * @param message Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.Value & brightline.v1.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.Value & brightline.v1.Value.$Shape;

            /**
             * Decodes a Value message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.Value & brightline.v1.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.Value & brightline.v1.Value.$Shape;

            /**
             * Verifies a Value message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Value
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.Value;

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @param message Value
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.Value, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Value {

            /** Properties of a Value. */
            interface $Properties {

                /** Value number */
                number?: (number|null);

                /** Value text */
                text?: (string|null);

                /** Value flag */
                flag?: (boolean|null);

                /** Value list */
                list?: (brightline.v1.ValueList.$Properties|null);

                /** Value kind */
                kind?: ("number"|"text"|"flag"|"list");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Value. */
            type $Shape = {
              number?: number|null;
              text?: string|null;
              flag?: boolean|null;
              list?: brightline.v1.ValueList.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; number?: null; text?: null; flag?: null; list?: null }|{ kind?: "number"; number: number; text?: null; flag?: null; list?: null }|{ kind?: "text"; number?: null; text: string; flag?: null; list?: null }|{ kind?: "flag"; number?: null; text?: null; flag: boolean; list?: null }|{ kind?: "list"; number?: null; text?: null; flag?: null; list: brightline.v1.ValueList.$Shape })
            );
        }

        /**
         * Properties of a ValueList.
         * @deprecated Use brightline.v1.ValueList.$Properties instead.
         */
        interface IValueList extends brightline.v1.ValueList.$Properties {
        }

        /** Represents a ValueList. */
        class ValueList {

            /**
             * Constructs a new ValueList.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.ValueList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ValueList items. */
            items: brightline.v1.Value.$Properties[];

            /**
             * Creates a new ValueList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ValueList instance
             */
            static create(properties: brightline.v1.ValueList.$Shape): brightline.v1.ValueList & brightline.v1.ValueList.$Shape;
            static create(properties?: brightline.v1.ValueList.$Properties): brightline.v1.ValueList;

            /**
             * Encodes the specified ValueList message. Does not implicitly {@link brightline.v1.ValueList.verify|verify} messages.
             * @param message ValueList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.ValueList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ValueList message, length delimited. Does not implicitly {@link brightline.v1.ValueList.verify|verify} messages.
             * @param message ValueList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.ValueList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ValueList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.ValueList & brightline.v1.ValueList.$Shape} ValueList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.ValueList & brightline.v1.ValueList.$Shape;

            /**
             * Decodes a ValueList message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.ValueList & brightline.v1.ValueList.$Shape} ValueList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.ValueList & brightline.v1.ValueList.$Shape;

            /**
             * Verifies a ValueList message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ValueList message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ValueList
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.ValueList;

            /**
             * Creates a plain object from a ValueList message. Also converts values to other types if specified.
             * @param message ValueList
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.ValueList, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ValueList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ValueList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ValueList {

            /** Properties of a ValueList. */
            interface $Properties {

                /** ValueList items */
                items?: (brightline.v1.Value.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ValueList. */
            type $Shape = {
              items?: brightline.v1.Value.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an Error.
         * @deprecated Use brightline.v1.Error.$Properties instead.
         */
        interface IError extends brightline.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: number;

            /** Error name. */
            name: string;

            /** Error message. */
            message: string;

            /** Error retryable. */
            retryable: boolean;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: brightline.v1.Error.$Shape): brightline.v1.Error & brightline.v1.Error.$Shape;
            static create(properties?: brightline.v1.Error.$Properties): brightline.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link brightline.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link brightline.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.Error & brightline.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.Error & brightline.v1.Error.$Shape;

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.Error & brightline.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.Error & brightline.v1.Error.$Shape;

            /**
             * Verifies an Error message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (number|null);

                /** Error name */
                name?: (string|null);

                /** Error message */
                message?: (string|null);

                /** Error retryable */
                retryable?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = brightline.v1.Error.$Properties;
        }

        /**
         * Properties of an Empty.
         * @deprecated Use brightline.v1.Empty.$Properties instead.
         */
        interface IEmpty extends brightline.v1.Empty.$Properties {
        }

        /** Represents an Empty. */
        class Empty {

            /**
             * Constructs a new Empty.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.Empty.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Empty instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Empty instance
             */
            static create(properties: brightline.v1.Empty.$Shape): brightline.v1.Empty & brightline.v1.Empty.$Shape;
            static create(properties?: brightline.v1.Empty.$Properties): brightline.v1.Empty;

            /**
             * Encodes the specified Empty message. Does not implicitly {@link brightline.v1.Empty.verify|verify} messages.
             * @param message Empty message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Empty message, length delimited. Does not implicitly {@link brightline.v1.Empty.verify|verify} messages.
             * @param message Empty message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Empty message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.Empty & brightline.v1.Empty.$Shape} Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.Empty & brightline.v1.Empty.$Shape;

            /**
             * Decodes an Empty message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.Empty & brightline.v1.Empty.$Shape} Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.Empty & brightline.v1.Empty.$Shape;

            /**
             * Verifies an Empty message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Empty message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Empty
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.Empty;

            /**
             * Creates a plain object from an Empty message. Also converts values to other types if specified.
             * @param message Empty
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.Empty, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Empty to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Empty
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Empty {

            /** Properties of an Empty. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Empty. */
            type $Shape = brightline.v1.Empty.$Properties;
        }

        /**
         * Properties of a Limits.
         * @deprecated Use brightline.v1.Limits.$Properties instead.
         */
        interface ILimits extends brightline.v1.Limits.$Properties {
        }

        /** Represents a Limits. */
        class Limits {

            /**
             * Constructs a new Limits.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.Limits.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Limits low. */
            low: number;

            /** Limits high. */
            high: number;

            /**
             * Creates a new Limits instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Limits instance
             */
            static create(properties: brightline.v1.Limits.$Shape): brightline.v1.Limits & brightline.v1.Limits.$Shape;
            static create(properties?: brightline.v1.Limits.$Properties): brightline.v1.Limits;

            /**
             * Encodes the specified Limits message. Does not implicitly {@link brightline.v1.Limits.verify|verify} messages.
             * @param message Limits message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.Limits.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Limits message, length delimited. Does not implicitly {@link brightline.v1.Limits.verify|verify} messages.
             * @param message Limits message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.Limits.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Limits message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.Limits & brightline.v1.Limits.$Shape} Limits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.Limits & brightline.v1.Limits.$Shape;

            /**
             * Decodes a Limits message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.Limits & brightline.v1.Limits.$Shape} Limits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.Limits & brightline.v1.Limits.$Shape;

            /**
             * Verifies a Limits message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Limits message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Limits
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.Limits;

            /**
             * Creates a plain object from a Limits message. Also converts values to other types if specified.
             * @param message Limits
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.Limits, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Limits to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Limits
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Limits {

            /** Properties of a Limits. */
            interface $Properties {

                /** Limits low */
                low?: (number|null);

                /** Limits high */
                high?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Limits. */
            type $Shape = brightline.v1.Limits.$Properties;
        }

        /**
         * Properties of a DataKey.
         * @deprecated Use brightline.v1.DataKey.$Properties instead.
         */
        interface IDataKey extends brightline.v1.DataKey.$Properties {
        }

        /** Represents a DataKey. */
        class DataKey {

            /**
             * Constructs a new DataKey.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.DataKey.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataKey source. */
            source: string;

            /** DataKey dtype. */
            dtype: string;

            /** DataKey shape. */
            shape: number[];

            /** DataKey units. */
            units: string;

            /** DataKey precision. */
            precision: number;

            /** DataKey limits. */
            limits?: (brightline.v1.Limits.$Properties|null);

            /** DataKey object_name. */
            object_name: string;

            /** DataKey choices. */
            choices: string[];

            /** DataKey external. */
            external: string;

            /**
             * Creates a new DataKey instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataKey instance
             */
            static create(properties: brightline.v1.DataKey.$Shape): brightline.v1.DataKey & brightline.v1.DataKey.$Shape;
            static create(properties?: brightline.v1.DataKey.$Properties): brightline.v1.DataKey;

            /**
             * Encodes the specified DataKey message. Does not implicitly {@link brightline.v1.DataKey.verify|verify} messages.
             * @param message DataKey message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.DataKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DataKey message, length delimited. Does not implicitly {@link brightline.v1.DataKey.verify|verify} messages.
             * @param message DataKey message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.DataKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataKey message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.DataKey & brightline.v1.DataKey.$Shape} DataKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.DataKey & brightline.v1.DataKey.$Shape;

            /**
             * Decodes a DataKey message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.DataKey & brightline.v1.DataKey.$Shape} DataKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.DataKey & brightline.v1.DataKey.$Shape;

            /**
             * Verifies a DataKey message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DataKey message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataKey
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.DataKey;

            /**
             * Creates a plain object from a DataKey message. Also converts values to other types if specified.
             * @param message DataKey
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.DataKey, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataKey to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DataKey
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DataKey {

            /** Properties of a DataKey. */
            interface $Properties {

                /** DataKey source */
                source?: (string|null);

                /** DataKey dtype */
                dtype?: (string|null);

                /** DataKey shape */
                shape?: (number[]|null);

                /** DataKey units */
                units?: (string|null);

                /** DataKey precision */
                precision?: (number|null);

                /** DataKey limits */
                limits?: (brightline.v1.Limits.$Properties|null);

                /** DataKey object_name */
                object_name?: (string|null);

                /** DataKey choices */
                choices?: (string[]|null);

                /** DataKey external */
                external?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataKey. */
            type $Shape = brightline.v1.DataKey.$Properties;
        }

        /**
         * Properties of a Reading.
         * @deprecated Use brightline.v1.Reading.$Properties instead.
         */
        interface IReading extends brightline.v1.Reading.$Properties {
        }

        /** Represents a Reading. */
        class Reading {

            /**
             * Constructs a new Reading.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.Reading.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Reading value. */
            value?: (brightline.v1.Value.$Properties|null);

            /** Reading timestamp. */
            timestamp: number;

            /** Reading alarm_severity. */
            alarm_severity: string;

            /** Reading alarm_status. */
            alarm_status: string;

            /**
             * Creates a new Reading instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reading instance
             */
            static create(properties: brightline.v1.Reading.$Shape): brightline.v1.Reading & brightline.v1.Reading.$Shape;
            static create(properties?: brightline.v1.Reading.$Properties): brightline.v1.Reading;

            /**
             * Encodes the specified Reading message. Does not implicitly {@link brightline.v1.Reading.verify|verify} messages.
             * @param message Reading message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.Reading.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Reading message, length delimited. Does not implicitly {@link brightline.v1.Reading.verify|verify} messages.
             * @param message Reading message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.Reading.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reading message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.Reading & brightline.v1.Reading.$Shape} Reading
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.Reading & brightline.v1.Reading.$Shape;

            /**
             * Decodes a Reading message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.Reading & brightline.v1.Reading.$Shape} Reading
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.Reading & brightline.v1.Reading.$Shape;

            /**
             * Verifies a Reading message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Reading message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Reading
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.Reading;

            /**
             * Creates a plain object from a Reading message. Also converts values to other types if specified.
             * @param message Reading
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.Reading, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Reading to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Reading
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reading {

            /** Properties of a Reading. */
            interface $Properties {

                /** Reading value */
                value?: (brightline.v1.Value.$Properties|null);

                /** Reading timestamp */
                timestamp?: (number|null);

                /** Reading alarm_severity */
                alarm_severity?: (string|null);

                /** Reading alarm_status */
                alarm_status?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Reading. */
            type $Shape = {
              value?: brightline.v1.Value.$Shape|null;
              timestamp?: number|null;
              alarm_severity?: string|null;
              alarm_status?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a DescribeRequest.
         * @deprecated Use brightline.v1.DescribeRequest.$Properties instead.
         */
        interface IDescribeRequest extends brightline.v1.DescribeRequest.$Properties {
        }

        /** Represents a DescribeRequest. */
        class DescribeRequest {

            /**
             * Constructs a new DescribeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.DescribeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new DescribeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeRequest instance
             */
            static create(properties: brightline.v1.DescribeRequest.$Shape): brightline.v1.DescribeRequest & brightline.v1.DescribeRequest.$Shape;
            static create(properties?: brightline.v1.DescribeRequest.$Properties): brightline.v1.DescribeRequest;

            /**
             * Encodes the specified DescribeRequest message. Does not implicitly {@link brightline.v1.DescribeRequest.verify|verify} messages.
             * @param message DescribeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.DescribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DescribeRequest message, length delimited. Does not implicitly {@link brightline.v1.DescribeRequest.verify|verify} messages.
             * @param message DescribeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.DescribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.DescribeRequest & brightline.v1.DescribeRequest.$Shape} DescribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.DescribeRequest & brightline.v1.DescribeRequest.$Shape;

            /**
             * Decodes a DescribeRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.DescribeRequest & brightline.v1.DescribeRequest.$Shape} DescribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.DescribeRequest & brightline.v1.DescribeRequest.$Shape;

            /**
             * Verifies a DescribeRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DescribeRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DescribeRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.DescribeRequest;

            /**
             * Creates a plain object from a DescribeRequest message. Also converts values to other types if specified.
             * @param message DescribeRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.DescribeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeRequest {

            /** Properties of a DescribeRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeRequest. */
            type $Shape = brightline.v1.DescribeRequest.$Properties;
        }

        /**
         * Properties of a DescribeReply.
         * @deprecated Use brightline.v1.DescribeReply.$Properties instead.
         */
        interface IDescribeReply extends brightline.v1.DescribeReply.$Properties {
        }

        /** Represents a DescribeReply. */
        class DescribeReply {

            /**
             * Constructs a new DescribeReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.DescribeReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeReply data_keys. */
            data_keys: { [k: string]: brightline.v1.DataKey.$Properties };

            /** DescribeReply hinted_fields. */
            hinted_fields: string[];

            /** DescribeReply device_class. */
            device_class: string;

            /** DescribeReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new DescribeReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeReply instance
             */
            static create(properties: brightline.v1.DescribeReply.$Shape): brightline.v1.DescribeReply & brightline.v1.DescribeReply.$Shape;
            static create(properties?: brightline.v1.DescribeReply.$Properties): brightline.v1.DescribeReply;

            /**
             * Encodes the specified DescribeReply message. Does not implicitly {@link brightline.v1.DescribeReply.verify|verify} messages.
             * @param message DescribeReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.DescribeReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DescribeReply message, length delimited. Does not implicitly {@link brightline.v1.DescribeReply.verify|verify} messages.
             * @param message DescribeReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.DescribeReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.DescribeReply & brightline.v1.DescribeReply.$Shape} DescribeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.DescribeReply & brightline.v1.DescribeReply.$Shape;

            /**
             * Decodes a DescribeReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.DescribeReply & brightline.v1.DescribeReply.$Shape} DescribeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.DescribeReply & brightline.v1.DescribeReply.$Shape;

            /**
             * Verifies a DescribeReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DescribeReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DescribeReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.DescribeReply;

            /**
             * Creates a plain object from a DescribeReply message. Also converts values to other types if specified.
             * @param message DescribeReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.DescribeReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeReply {

            /** Properties of a DescribeReply. */
            interface $Properties {

                /** DescribeReply data_keys */
                data_keys?: ({ [k: string]: brightline.v1.DataKey.$Properties }|null);

                /** DescribeReply hinted_fields */
                hinted_fields?: (string[]|null);

                /** DescribeReply device_class */
                device_class?: (string|null);

                /** DescribeReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeReply. */
            type $Shape = brightline.v1.DescribeReply.$Properties;
        }

        /**
         * Properties of a ReadRequest.
         * @deprecated Use brightline.v1.ReadRequest.$Properties instead.
         */
        interface IReadRequest extends brightline.v1.ReadRequest.$Properties {
        }

        /** Represents a ReadRequest. */
        class ReadRequest {

            /**
             * Constructs a new ReadRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.ReadRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ReadRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadRequest instance
             */
            static create(properties: brightline.v1.ReadRequest.$Shape): brightline.v1.ReadRequest & brightline.v1.ReadRequest.$Shape;
            static create(properties?: brightline.v1.ReadRequest.$Properties): brightline.v1.ReadRequest;

            /**
             * Encodes the specified ReadRequest message. Does not implicitly {@link brightline.v1.ReadRequest.verify|verify} messages.
             * @param message ReadRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.ReadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReadRequest message, length delimited. Does not implicitly {@link brightline.v1.ReadRequest.verify|verify} messages.
             * @param message ReadRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.ReadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.ReadRequest & brightline.v1.ReadRequest.$Shape} ReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.ReadRequest & brightline.v1.ReadRequest.$Shape;

            /**
             * Decodes a ReadRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.ReadRequest & brightline.v1.ReadRequest.$Shape} ReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.ReadRequest & brightline.v1.ReadRequest.$Shape;

            /**
             * Verifies a ReadRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReadRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.ReadRequest;

            /**
             * Creates a plain object from a ReadRequest message. Also converts values to other types if specified.
             * @param message ReadRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.ReadRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadRequest {

            /** Properties of a ReadRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadRequest. */
            type $Shape = brightline.v1.ReadRequest.$Properties;
        }

        /**
         * Properties of a ReadReply.
         * @deprecated Use brightline.v1.ReadReply.$Properties instead.
         */
        interface IReadReply extends brightline.v1.ReadReply.$Properties {
        }

        /** Represents a ReadReply. */
        class ReadReply {

            /**
             * Constructs a new ReadReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.ReadReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadReply readings. */
            readings: { [k: string]: brightline.v1.Reading.$Properties };

            /** ReadReply asset_docs. */
            asset_docs: brightline.v1.AssetDocument.$Properties[];

            /** ReadReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new ReadReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadReply instance
             */
            static create(properties: brightline.v1.ReadReply.$Shape): brightline.v1.ReadReply & brightline.v1.ReadReply.$Shape;
            static create(properties?: brightline.v1.ReadReply.$Properties): brightline.v1.ReadReply;

            /**
             * Encodes the specified ReadReply message. Does not implicitly {@link brightline.v1.ReadReply.verify|verify} messages.
             * @param message ReadReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.ReadReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReadReply message, length delimited. Does not implicitly {@link brightline.v1.ReadReply.verify|verify} messages.
             * @param message ReadReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.ReadReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.ReadReply & brightline.v1.ReadReply.$Shape} ReadReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.ReadReply & brightline.v1.ReadReply.$Shape;

            /**
             * Decodes a ReadReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.ReadReply & brightline.v1.ReadReply.$Shape} ReadReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.ReadReply & brightline.v1.ReadReply.$Shape;

            /**
             * Verifies a ReadReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReadReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.ReadReply;

            /**
             * Creates a plain object from a ReadReply message. Also converts values to other types if specified.
             * @param message ReadReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.ReadReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadReply {

            /** Properties of a ReadReply. */
            interface $Properties {

                /** ReadReply readings */
                readings?: ({ [k: string]: brightline.v1.Reading.$Properties }|null);

                /** ReadReply asset_docs */
                asset_docs?: (brightline.v1.AssetDocument.$Properties[]|null);

                /** ReadReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadReply. */
            type $Shape = {
              readings?: { [k: string]: brightline.v1.Reading.$Shape }|null;
              asset_docs?: brightline.v1.AssetDocument.$Shape[]|null;
              error?: brightline.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an AssetDocument.
         * @deprecated Use brightline.v1.AssetDocument.$Properties instead.
         */
        interface IAssetDocument extends brightline.v1.AssetDocument.$Properties {
        }

        /** Represents an AssetDocument. */
        class AssetDocument {

            /**
             * Constructs a new AssetDocument.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.AssetDocument.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AssetDocument name. */
            name: string;

            /** AssetDocument json. */
            json: string;

            /**
             * Creates a new AssetDocument instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AssetDocument instance
             */
            static create(properties: brightline.v1.AssetDocument.$Shape): brightline.v1.AssetDocument & brightline.v1.AssetDocument.$Shape;
            static create(properties?: brightline.v1.AssetDocument.$Properties): brightline.v1.AssetDocument;

            /**
             * Encodes the specified AssetDocument message. Does not implicitly {@link brightline.v1.AssetDocument.verify|verify} messages.
             * @param message AssetDocument message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.AssetDocument.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AssetDocument message, length delimited. Does not implicitly {@link brightline.v1.AssetDocument.verify|verify} messages.
             * @param message AssetDocument message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.AssetDocument.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AssetDocument message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.AssetDocument & brightline.v1.AssetDocument.$Shape} AssetDocument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.AssetDocument & brightline.v1.AssetDocument.$Shape;

            /**
             * Decodes an AssetDocument message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.AssetDocument & brightline.v1.AssetDocument.$Shape} AssetDocument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.AssetDocument & brightline.v1.AssetDocument.$Shape;

            /**
             * Verifies an AssetDocument message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AssetDocument message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AssetDocument
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.AssetDocument;

            /**
             * Creates a plain object from an AssetDocument message. Also converts values to other types if specified.
             * @param message AssetDocument
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.AssetDocument, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AssetDocument to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AssetDocument
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AssetDocument {

            /** Properties of an AssetDocument. */
            interface $Properties {

                /** AssetDocument name */
                name?: (string|null);

                /** AssetDocument json */
                json?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AssetDocument. */
            type $Shape = brightline.v1.AssetDocument.$Properties;
        }

        /**
         * Properties of a SetRequest.
         * @deprecated Use brightline.v1.SetRequest.$Properties instead.
         */
        interface ISetRequest extends brightline.v1.SetRequest.$Properties {
        }

        /** Represents a SetRequest. */
        class SetRequest {

            /**
             * Constructs a new SetRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.SetRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetRequest value. */
            value?: (brightline.v1.Value.$Properties|null);

            /** SetRequest timeout_s. */
            timeout_s: number;

            /** SetRequest status_id. */
            status_id: string;

            /**
             * Creates a new SetRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetRequest instance
             */
            static create(properties: brightline.v1.SetRequest.$Shape): brightline.v1.SetRequest & brightline.v1.SetRequest.$Shape;
            static create(properties?: brightline.v1.SetRequest.$Properties): brightline.v1.SetRequest;

            /**
             * Encodes the specified SetRequest message. Does not implicitly {@link brightline.v1.SetRequest.verify|verify} messages.
             * @param message SetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.SetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetRequest message, length delimited. Does not implicitly {@link brightline.v1.SetRequest.verify|verify} messages.
             * @param message SetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.SetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.SetRequest & brightline.v1.SetRequest.$Shape} SetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.SetRequest & brightline.v1.SetRequest.$Shape;

            /**
             * Decodes a SetRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.SetRequest & brightline.v1.SetRequest.$Shape} SetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.SetRequest & brightline.v1.SetRequest.$Shape;

            /**
             * Verifies a SetRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.SetRequest;

            /**
             * Creates a plain object from a SetRequest message. Also converts values to other types if specified.
             * @param message SetRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.SetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetRequest {

            /** Properties of a SetRequest. */
            interface $Properties {

                /** SetRequest value */
                value?: (brightline.v1.Value.$Properties|null);

                /** SetRequest timeout_s */
                timeout_s?: (number|null);

                /** SetRequest status_id */
                status_id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetRequest. */
            type $Shape = {
              value?: brightline.v1.Value.$Shape|null;
              timeout_s?: number|null;
              status_id?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a TriggerRequest.
         * @deprecated Use brightline.v1.TriggerRequest.$Properties instead.
         */
        interface ITriggerRequest extends brightline.v1.TriggerRequest.$Properties {
        }

        /** Represents a TriggerRequest. */
        class TriggerRequest {

            /**
             * Constructs a new TriggerRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.TriggerRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TriggerRequest timeout_s. */
            timeout_s: number;

            /** TriggerRequest status_id. */
            status_id: string;

            /**
             * Creates a new TriggerRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TriggerRequest instance
             */
            static create(properties: brightline.v1.TriggerRequest.$Shape): brightline.v1.TriggerRequest & brightline.v1.TriggerRequest.$Shape;
            static create(properties?: brightline.v1.TriggerRequest.$Properties): brightline.v1.TriggerRequest;

            /**
             * Encodes the specified TriggerRequest message. Does not implicitly {@link brightline.v1.TriggerRequest.verify|verify} messages.
             * @param message TriggerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.TriggerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TriggerRequest message, length delimited. Does not implicitly {@link brightline.v1.TriggerRequest.verify|verify} messages.
             * @param message TriggerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.TriggerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TriggerRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.TriggerRequest & brightline.v1.TriggerRequest.$Shape} TriggerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.TriggerRequest & brightline.v1.TriggerRequest.$Shape;

            /**
             * Decodes a TriggerRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.TriggerRequest & brightline.v1.TriggerRequest.$Shape} TriggerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.TriggerRequest & brightline.v1.TriggerRequest.$Shape;

            /**
             * Verifies a TriggerRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TriggerRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TriggerRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.TriggerRequest;

            /**
             * Creates a plain object from a TriggerRequest message. Also converts values to other types if specified.
             * @param message TriggerRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.TriggerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TriggerRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TriggerRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TriggerRequest {

            /** Properties of a TriggerRequest. */
            interface $Properties {

                /** TriggerRequest timeout_s */
                timeout_s?: (number|null);

                /** TriggerRequest status_id */
                status_id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TriggerRequest. */
            type $Shape = brightline.v1.TriggerRequest.$Properties;
        }

        /**
         * Properties of a StatusProgress.
         * @deprecated Use brightline.v1.StatusProgress.$Properties instead.
         */
        interface IStatusProgress extends brightline.v1.StatusProgress.$Properties {
        }

        /** Represents a StatusProgress. */
        class StatusProgress {

            /**
             * Constructs a new StatusProgress.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.StatusProgress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatusProgress beamline. */
            beamline: string;

            /** StatusProgress device. */
            device: string;

            /** StatusProgress status_id. */
            status_id: string;

            /** StatusProgress operation. */
            operation: string;

            /** StatusProgress initial. */
            initial: number;

            /** StatusProgress current. */
            current: number;

            /** StatusProgress target. */
            target: number;

            /** StatusProgress fraction. */
            fraction: number;

            /** StatusProgress units. */
            units: string;

            /**
             * Creates a new StatusProgress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusProgress instance
             */
            static create(properties: brightline.v1.StatusProgress.$Shape): brightline.v1.StatusProgress & brightline.v1.StatusProgress.$Shape;
            static create(properties?: brightline.v1.StatusProgress.$Properties): brightline.v1.StatusProgress;

            /**
             * Encodes the specified StatusProgress message. Does not implicitly {@link brightline.v1.StatusProgress.verify|verify} messages.
             * @param message StatusProgress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.StatusProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StatusProgress message, length delimited. Does not implicitly {@link brightline.v1.StatusProgress.verify|verify} messages.
             * @param message StatusProgress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.StatusProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusProgress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.StatusProgress & brightline.v1.StatusProgress.$Shape} StatusProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.StatusProgress & brightline.v1.StatusProgress.$Shape;

            /**
             * Decodes a StatusProgress message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.StatusProgress & brightline.v1.StatusProgress.$Shape} StatusProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.StatusProgress & brightline.v1.StatusProgress.$Shape;

            /**
             * Verifies a StatusProgress message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StatusProgress message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusProgress
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.StatusProgress;

            /**
             * Creates a plain object from a StatusProgress message. Also converts values to other types if specified.
             * @param message StatusProgress
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.StatusProgress, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusProgress to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StatusProgress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusProgress {

            /** Properties of a StatusProgress. */
            interface $Properties {

                /** StatusProgress beamline */
                beamline?: (string|null);

                /** StatusProgress device */
                device?: (string|null);

                /** StatusProgress status_id */
                status_id?: (string|null);

                /** StatusProgress operation */
                operation?: (string|null);

                /** StatusProgress initial */
                initial?: (number|null);

                /** StatusProgress current */
                current?: (number|null);

                /** StatusProgress target */
                target?: (number|null);

                /** StatusProgress fraction */
                fraction?: (number|null);

                /** StatusProgress units */
                units?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusProgress. */
            type $Shape = brightline.v1.StatusProgress.$Properties;
        }

        /**
         * Properties of a StageRequest.
         * @deprecated Use brightline.v1.StageRequest.$Properties instead.
         */
        interface IStageRequest extends brightline.v1.StageRequest.$Properties {
        }

        /** Represents a StageRequest. */
        class StageRequest {

            /**
             * Constructs a new StageRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.StageRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new StageRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StageRequest instance
             */
            static create(properties: brightline.v1.StageRequest.$Shape): brightline.v1.StageRequest & brightline.v1.StageRequest.$Shape;
            static create(properties?: brightline.v1.StageRequest.$Properties): brightline.v1.StageRequest;

            /**
             * Encodes the specified StageRequest message. Does not implicitly {@link brightline.v1.StageRequest.verify|verify} messages.
             * @param message StageRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.StageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StageRequest message, length delimited. Does not implicitly {@link brightline.v1.StageRequest.verify|verify} messages.
             * @param message StageRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.StageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StageRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.StageRequest & brightline.v1.StageRequest.$Shape} StageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.StageRequest & brightline.v1.StageRequest.$Shape;

            /**
             * Decodes a StageRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.StageRequest & brightline.v1.StageRequest.$Shape} StageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.StageRequest & brightline.v1.StageRequest.$Shape;

            /**
             * Verifies a StageRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StageRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StageRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.StageRequest;

            /**
             * Creates a plain object from a StageRequest message. Also converts values to other types if specified.
             * @param message StageRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.StageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StageRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StageRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StageRequest {

            /** Properties of a StageRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StageRequest. */
            type $Shape = brightline.v1.StageRequest.$Properties;
        }

        /**
         * Properties of an UnstageRequest.
         * @deprecated Use brightline.v1.UnstageRequest.$Properties instead.
         */
        interface IUnstageRequest extends brightline.v1.UnstageRequest.$Properties {
        }

        /** Represents an UnstageRequest. */
        class UnstageRequest {

            /**
             * Constructs a new UnstageRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.UnstageRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new UnstageRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnstageRequest instance
             */
            static create(properties: brightline.v1.UnstageRequest.$Shape): brightline.v1.UnstageRequest & brightline.v1.UnstageRequest.$Shape;
            static create(properties?: brightline.v1.UnstageRequest.$Properties): brightline.v1.UnstageRequest;

            /**
             * Encodes the specified UnstageRequest message. Does not implicitly {@link brightline.v1.UnstageRequest.verify|verify} messages.
             * @param message UnstageRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.UnstageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UnstageRequest message, length delimited. Does not implicitly {@link brightline.v1.UnstageRequest.verify|verify} messages.
             * @param message UnstageRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.UnstageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UnstageRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.UnstageRequest & brightline.v1.UnstageRequest.$Shape} UnstageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.UnstageRequest & brightline.v1.UnstageRequest.$Shape;

            /**
             * Decodes an UnstageRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.UnstageRequest & brightline.v1.UnstageRequest.$Shape} UnstageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.UnstageRequest & brightline.v1.UnstageRequest.$Shape;

            /**
             * Verifies an UnstageRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an UnstageRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UnstageRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.UnstageRequest;

            /**
             * Creates a plain object from an UnstageRequest message. Also converts values to other types if specified.
             * @param message UnstageRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.UnstageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UnstageRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UnstageRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UnstageRequest {

            /** Properties of an UnstageRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UnstageRequest. */
            type $Shape = brightline.v1.UnstageRequest.$Properties;
        }

        /**
         * Properties of a ConfigureRequest.
         * @deprecated Use brightline.v1.ConfigureRequest.$Properties instead.
         */
        interface IConfigureRequest extends brightline.v1.ConfigureRequest.$Properties {
        }

        /** Represents a ConfigureRequest. */
        class ConfigureRequest {

            /**
             * Constructs a new ConfigureRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.ConfigureRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigureRequest values. */
            values: { [k: string]: brightline.v1.Value.$Properties };

            /**
             * Creates a new ConfigureRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigureRequest instance
             */
            static create(properties: brightline.v1.ConfigureRequest.$Shape): brightline.v1.ConfigureRequest & brightline.v1.ConfigureRequest.$Shape;
            static create(properties?: brightline.v1.ConfigureRequest.$Properties): brightline.v1.ConfigureRequest;

            /**
             * Encodes the specified ConfigureRequest message. Does not implicitly {@link brightline.v1.ConfigureRequest.verify|verify} messages.
             * @param message ConfigureRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.ConfigureRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConfigureRequest message, length delimited. Does not implicitly {@link brightline.v1.ConfigureRequest.verify|verify} messages.
             * @param message ConfigureRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.ConfigureRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigureRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.ConfigureRequest & brightline.v1.ConfigureRequest.$Shape} ConfigureRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.ConfigureRequest & brightline.v1.ConfigureRequest.$Shape;

            /**
             * Decodes a ConfigureRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.ConfigureRequest & brightline.v1.ConfigureRequest.$Shape} ConfigureRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.ConfigureRequest & brightline.v1.ConfigureRequest.$Shape;

            /**
             * Verifies a ConfigureRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfigureRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfigureRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.ConfigureRequest;

            /**
             * Creates a plain object from a ConfigureRequest message. Also converts values to other types if specified.
             * @param message ConfigureRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.ConfigureRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfigureRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfigureRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfigureRequest {

            /** Properties of a ConfigureRequest. */
            interface $Properties {

                /** ConfigureRequest values */
                values?: ({ [k: string]: brightline.v1.Value.$Properties }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigureRequest. */
            type $Shape = {
              values?: { [k: string]: brightline.v1.Value.$Shape }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ConfigureReply.
         * @deprecated Use brightline.v1.ConfigureReply.$Properties instead.
         */
        interface IConfigureReply extends brightline.v1.ConfigureReply.$Properties {
        }

        /** Represents a ConfigureReply. */
        class ConfigureReply {

            /**
             * Constructs a new ConfigureReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.ConfigureReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigureReply old. */
            old: { [k: string]: brightline.v1.Reading.$Properties };

            /** ConfigureReply new. */
            new: { [k: string]: brightline.v1.Reading.$Properties };

            /** ConfigureReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new ConfigureReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigureReply instance
             */
            static create(properties: brightline.v1.ConfigureReply.$Shape): brightline.v1.ConfigureReply & brightline.v1.ConfigureReply.$Shape;
            static create(properties?: brightline.v1.ConfigureReply.$Properties): brightline.v1.ConfigureReply;

            /**
             * Encodes the specified ConfigureReply message. Does not implicitly {@link brightline.v1.ConfigureReply.verify|verify} messages.
             * @param message ConfigureReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.ConfigureReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConfigureReply message, length delimited. Does not implicitly {@link brightline.v1.ConfigureReply.verify|verify} messages.
             * @param message ConfigureReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.ConfigureReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigureReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.ConfigureReply & brightline.v1.ConfigureReply.$Shape} ConfigureReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.ConfigureReply & brightline.v1.ConfigureReply.$Shape;

            /**
             * Decodes a ConfigureReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.ConfigureReply & brightline.v1.ConfigureReply.$Shape} ConfigureReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.ConfigureReply & brightline.v1.ConfigureReply.$Shape;

            /**
             * Verifies a ConfigureReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfigureReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfigureReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.ConfigureReply;

            /**
             * Creates a plain object from a ConfigureReply message. Also converts values to other types if specified.
             * @param message ConfigureReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.ConfigureReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfigureReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfigureReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfigureReply {

            /** Properties of a ConfigureReply. */
            interface $Properties {

                /** ConfigureReply old */
                old?: ({ [k: string]: brightline.v1.Reading.$Properties }|null);

                /** ConfigureReply new */
                "new"?: ({ [k: string]: brightline.v1.Reading.$Properties }|null);

                /** ConfigureReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigureReply. */
            type $Shape = {
              old?: { [k: string]: brightline.v1.Reading.$Shape }|null;
              "new"?: { [k: string]: brightline.v1.Reading.$Shape }|null;
              error?: brightline.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ReadConfigurationRequest.
         * @deprecated Use brightline.v1.ReadConfigurationRequest.$Properties instead.
         */
        interface IReadConfigurationRequest extends brightline.v1.ReadConfigurationRequest.$Properties {
        }

        /** Represents a ReadConfigurationRequest. */
        class ReadConfigurationRequest {

            /**
             * Constructs a new ReadConfigurationRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.ReadConfigurationRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ReadConfigurationRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadConfigurationRequest instance
             */
            static create(properties: brightline.v1.ReadConfigurationRequest.$Shape): brightline.v1.ReadConfigurationRequest & brightline.v1.ReadConfigurationRequest.$Shape;
            static create(properties?: brightline.v1.ReadConfigurationRequest.$Properties): brightline.v1.ReadConfigurationRequest;

            /**
             * Encodes the specified ReadConfigurationRequest message. Does not implicitly {@link brightline.v1.ReadConfigurationRequest.verify|verify} messages.
             * @param message ReadConfigurationRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.ReadConfigurationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReadConfigurationRequest message, length delimited. Does not implicitly {@link brightline.v1.ReadConfigurationRequest.verify|verify} messages.
             * @param message ReadConfigurationRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.ReadConfigurationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadConfigurationRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.ReadConfigurationRequest & brightline.v1.ReadConfigurationRequest.$Shape} ReadConfigurationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.ReadConfigurationRequest & brightline.v1.ReadConfigurationRequest.$Shape;

            /**
             * Decodes a ReadConfigurationRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.ReadConfigurationRequest & brightline.v1.ReadConfigurationRequest.$Shape} ReadConfigurationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.ReadConfigurationRequest & brightline.v1.ReadConfigurationRequest.$Shape;

            /**
             * Verifies a ReadConfigurationRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReadConfigurationRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadConfigurationRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.ReadConfigurationRequest;

            /**
             * Creates a plain object from a ReadConfigurationRequest message. Also converts values to other types if specified.
             * @param message ReadConfigurationRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.ReadConfigurationRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadConfigurationRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadConfigurationRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadConfigurationRequest {

            /** Properties of a ReadConfigurationRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadConfigurationRequest. */
            type $Shape = brightline.v1.ReadConfigurationRequest.$Properties;
        }

        /**
         * Properties of a DescribeConfigurationRequest.
         * @deprecated Use brightline.v1.DescribeConfigurationRequest.$Properties instead.
         */
        interface IDescribeConfigurationRequest extends brightline.v1.DescribeConfigurationRequest.$Properties {
        }

        /** Represents a DescribeConfigurationRequest. */
        class DescribeConfigurationRequest {

            /**
             * Constructs a new DescribeConfigurationRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.DescribeConfigurationRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new DescribeConfigurationRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeConfigurationRequest instance
             */
            static create(properties: brightline.v1.DescribeConfigurationRequest.$Shape): brightline.v1.DescribeConfigurationRequest & brightline.v1.DescribeConfigurationRequest.$Shape;
            static create(properties?: brightline.v1.DescribeConfigurationRequest.$Properties): brightline.v1.DescribeConfigurationRequest;

            /**
             * Encodes the specified DescribeConfigurationRequest message. Does not implicitly {@link brightline.v1.DescribeConfigurationRequest.verify|verify} messages.
             * @param message DescribeConfigurationRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.DescribeConfigurationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DescribeConfigurationRequest message, length delimited. Does not implicitly {@link brightline.v1.DescribeConfigurationRequest.verify|verify} messages.
             * @param message DescribeConfigurationRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.DescribeConfigurationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeConfigurationRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.DescribeConfigurationRequest & brightline.v1.DescribeConfigurationRequest.$Shape} DescribeConfigurationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.DescribeConfigurationRequest & brightline.v1.DescribeConfigurationRequest.$Shape;

            /**
             * Decodes a DescribeConfigurationRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.DescribeConfigurationRequest & brightline.v1.DescribeConfigurationRequest.$Shape} DescribeConfigurationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.DescribeConfigurationRequest & brightline.v1.DescribeConfigurationRequest.$Shape;

            /**
             * Verifies a DescribeConfigurationRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DescribeConfigurationRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DescribeConfigurationRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.DescribeConfigurationRequest;

            /**
             * Creates a plain object from a DescribeConfigurationRequest message. Also converts values to other types if specified.
             * @param message DescribeConfigurationRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.DescribeConfigurationRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeConfigurationRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeConfigurationRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeConfigurationRequest {

            /** Properties of a DescribeConfigurationRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeConfigurationRequest. */
            type $Shape = brightline.v1.DescribeConfigurationRequest.$Properties;
        }

        /**
         * Properties of a LocateRequest.
         * @deprecated Use brightline.v1.LocateRequest.$Properties instead.
         */
        interface ILocateRequest extends brightline.v1.LocateRequest.$Properties {
        }

        /** Represents a LocateRequest. */
        class LocateRequest {

            /**
             * Constructs a new LocateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.LocateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new LocateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocateRequest instance
             */
            static create(properties: brightline.v1.LocateRequest.$Shape): brightline.v1.LocateRequest & brightline.v1.LocateRequest.$Shape;
            static create(properties?: brightline.v1.LocateRequest.$Properties): brightline.v1.LocateRequest;

            /**
             * Encodes the specified LocateRequest message. Does not implicitly {@link brightline.v1.LocateRequest.verify|verify} messages.
             * @param message LocateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.LocateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LocateRequest message, length delimited. Does not implicitly {@link brightline.v1.LocateRequest.verify|verify} messages.
             * @param message LocateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.LocateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.LocateRequest & brightline.v1.LocateRequest.$Shape} LocateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.LocateRequest & brightline.v1.LocateRequest.$Shape;

            /**
             * Decodes a LocateRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.LocateRequest & brightline.v1.LocateRequest.$Shape} LocateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.LocateRequest & brightline.v1.LocateRequest.$Shape;

            /**
             * Verifies a LocateRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LocateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LocateRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.LocateRequest;

            /**
             * Creates a plain object from a LocateRequest message. Also converts values to other types if specified.
             * @param message LocateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.LocateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LocateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LocateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LocateRequest {

            /** Properties of a LocateRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocateRequest. */
            type $Shape = brightline.v1.LocateRequest.$Properties;
        }

        /**
         * Properties of a LocateReply.
         * @deprecated Use brightline.v1.LocateReply.$Properties instead.
         */
        interface ILocateReply extends brightline.v1.LocateReply.$Properties {
        }

        /** Represents a LocateReply. */
        class LocateReply {

            /**
             * Constructs a new LocateReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.LocateReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LocateReply setpoint. */
            setpoint?: (brightline.v1.Value.$Properties|null);

            /** LocateReply readback. */
            readback?: (brightline.v1.Value.$Properties|null);

            /** LocateReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new LocateReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocateReply instance
             */
            static create(properties: brightline.v1.LocateReply.$Shape): brightline.v1.LocateReply & brightline.v1.LocateReply.$Shape;
            static create(properties?: brightline.v1.LocateReply.$Properties): brightline.v1.LocateReply;

            /**
             * Encodes the specified LocateReply message. Does not implicitly {@link brightline.v1.LocateReply.verify|verify} messages.
             * @param message LocateReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.LocateReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LocateReply message, length delimited. Does not implicitly {@link brightline.v1.LocateReply.verify|verify} messages.
             * @param message LocateReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.LocateReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocateReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.LocateReply & brightline.v1.LocateReply.$Shape} LocateReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.LocateReply & brightline.v1.LocateReply.$Shape;

            /**
             * Decodes a LocateReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.LocateReply & brightline.v1.LocateReply.$Shape} LocateReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.LocateReply & brightline.v1.LocateReply.$Shape;

            /**
             * Verifies a LocateReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LocateReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LocateReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.LocateReply;

            /**
             * Creates a plain object from a LocateReply message. Also converts values to other types if specified.
             * @param message LocateReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.LocateReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LocateReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LocateReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LocateReply {

            /** Properties of a LocateReply. */
            interface $Properties {

                /** LocateReply setpoint */
                setpoint?: (brightline.v1.Value.$Properties|null);

                /** LocateReply readback */
                readback?: (brightline.v1.Value.$Properties|null);

                /** LocateReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocateReply. */
            type $Shape = {
              setpoint?: brightline.v1.Value.$Shape|null;
              readback?: brightline.v1.Value.$Shape|null;
              error?: brightline.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a KickoffRequest.
         * @deprecated Use brightline.v1.KickoffRequest.$Properties instead.
         */
        interface IKickoffRequest extends brightline.v1.KickoffRequest.$Properties {
        }

        /** Represents a KickoffRequest. */
        class KickoffRequest {

            /**
             * Constructs a new KickoffRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.KickoffRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KickoffRequest timeout_s. */
            timeout_s: number;

            /** KickoffRequest params. */
            params: { [k: string]: brightline.v1.Value.$Properties };

            /** KickoffRequest status_id. */
            status_id: string;

            /**
             * Creates a new KickoffRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KickoffRequest instance
             */
            static create(properties: brightline.v1.KickoffRequest.$Shape): brightline.v1.KickoffRequest & brightline.v1.KickoffRequest.$Shape;
            static create(properties?: brightline.v1.KickoffRequest.$Properties): brightline.v1.KickoffRequest;

            /**
             * Encodes the specified KickoffRequest message. Does not implicitly {@link brightline.v1.KickoffRequest.verify|verify} messages.
             * @param message KickoffRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.KickoffRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified KickoffRequest message, length delimited. Does not implicitly {@link brightline.v1.KickoffRequest.verify|verify} messages.
             * @param message KickoffRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.KickoffRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KickoffRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.KickoffRequest & brightline.v1.KickoffRequest.$Shape} KickoffRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.KickoffRequest & brightline.v1.KickoffRequest.$Shape;

            /**
             * Decodes a KickoffRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.KickoffRequest & brightline.v1.KickoffRequest.$Shape} KickoffRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.KickoffRequest & brightline.v1.KickoffRequest.$Shape;

            /**
             * Verifies a KickoffRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a KickoffRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KickoffRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.KickoffRequest;

            /**
             * Creates a plain object from a KickoffRequest message. Also converts values to other types if specified.
             * @param message KickoffRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.KickoffRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KickoffRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for KickoffRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KickoffRequest {

            /** Properties of a KickoffRequest. */
            interface $Properties {

                /** KickoffRequest timeout_s */
                timeout_s?: (number|null);

                /** KickoffRequest params */
                params?: ({ [k: string]: brightline.v1.Value.$Properties }|null);

                /** KickoffRequest status_id */
                status_id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KickoffRequest. */
            type $Shape = {
              timeout_s?: number|null;
              params?: { [k: string]: brightline.v1.Value.$Shape }|null;
              status_id?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a CompleteRequest.
         * @deprecated Use brightline.v1.CompleteRequest.$Properties instead.
         */
        interface ICompleteRequest extends brightline.v1.CompleteRequest.$Properties {
        }

        /** Represents a CompleteRequest. */
        class CompleteRequest {

            /**
             * Constructs a new CompleteRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.CompleteRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CompleteRequest timeout_s. */
            timeout_s: number;

            /** CompleteRequest status_id. */
            status_id: string;

            /**
             * Creates a new CompleteRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CompleteRequest instance
             */
            static create(properties: brightline.v1.CompleteRequest.$Shape): brightline.v1.CompleteRequest & brightline.v1.CompleteRequest.$Shape;
            static create(properties?: brightline.v1.CompleteRequest.$Properties): brightline.v1.CompleteRequest;

            /**
             * Encodes the specified CompleteRequest message. Does not implicitly {@link brightline.v1.CompleteRequest.verify|verify} messages.
             * @param message CompleteRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.CompleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CompleteRequest message, length delimited. Does not implicitly {@link brightline.v1.CompleteRequest.verify|verify} messages.
             * @param message CompleteRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.CompleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CompleteRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.CompleteRequest & brightline.v1.CompleteRequest.$Shape} CompleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.CompleteRequest & brightline.v1.CompleteRequest.$Shape;

            /**
             * Decodes a CompleteRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.CompleteRequest & brightline.v1.CompleteRequest.$Shape} CompleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.CompleteRequest & brightline.v1.CompleteRequest.$Shape;

            /**
             * Verifies a CompleteRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CompleteRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CompleteRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.CompleteRequest;

            /**
             * Creates a plain object from a CompleteRequest message. Also converts values to other types if specified.
             * @param message CompleteRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.CompleteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CompleteRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CompleteRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CompleteRequest {

            /** Properties of a CompleteRequest. */
            interface $Properties {

                /** CompleteRequest timeout_s */
                timeout_s?: (number|null);

                /** CompleteRequest status_id */
                status_id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CompleteRequest. */
            type $Shape = brightline.v1.CompleteRequest.$Properties;
        }

        /**
         * Properties of a CollectRequest.
         * @deprecated Use brightline.v1.CollectRequest.$Properties instead.
         */
        interface ICollectRequest extends brightline.v1.CollectRequest.$Properties {
        }

        /** Represents a CollectRequest. */
        class CollectRequest {

            /**
             * Constructs a new CollectRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.CollectRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new CollectRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CollectRequest instance
             */
            static create(properties: brightline.v1.CollectRequest.$Shape): brightline.v1.CollectRequest & brightline.v1.CollectRequest.$Shape;
            static create(properties?: brightline.v1.CollectRequest.$Properties): brightline.v1.CollectRequest;

            /**
             * Encodes the specified CollectRequest message. Does not implicitly {@link brightline.v1.CollectRequest.verify|verify} messages.
             * @param message CollectRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.CollectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CollectRequest message, length delimited. Does not implicitly {@link brightline.v1.CollectRequest.verify|verify} messages.
             * @param message CollectRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.CollectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CollectRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.CollectRequest & brightline.v1.CollectRequest.$Shape} CollectRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.CollectRequest & brightline.v1.CollectRequest.$Shape;

            /**
             * Decodes a CollectRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.CollectRequest & brightline.v1.CollectRequest.$Shape} CollectRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.CollectRequest & brightline.v1.CollectRequest.$Shape;

            /**
             * Verifies a CollectRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CollectRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CollectRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.CollectRequest;

            /**
             * Creates a plain object from a CollectRequest message. Also converts values to other types if specified.
             * @param message CollectRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.CollectRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CollectRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CollectRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CollectRequest {

            /** Properties of a CollectRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CollectRequest. */
            type $Shape = brightline.v1.CollectRequest.$Properties;
        }

        /**
         * Properties of a CollectedEvent.
         * @deprecated Use brightline.v1.CollectedEvent.$Properties instead.
         */
        interface ICollectedEvent extends brightline.v1.CollectedEvent.$Properties {
        }

        /** Represents a CollectedEvent. */
        class CollectedEvent {

            /**
             * Constructs a new CollectedEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.CollectedEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CollectedEvent time. */
            time: number;

            /** CollectedEvent data. */
            data: { [k: string]: brightline.v1.Value.$Properties };

            /** CollectedEvent timestamps. */
            timestamps: { [k: string]: number };

            /**
             * Creates a new CollectedEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CollectedEvent instance
             */
            static create(properties: brightline.v1.CollectedEvent.$Shape): brightline.v1.CollectedEvent & brightline.v1.CollectedEvent.$Shape;
            static create(properties?: brightline.v1.CollectedEvent.$Properties): brightline.v1.CollectedEvent;

            /**
             * Encodes the specified CollectedEvent message. Does not implicitly {@link brightline.v1.CollectedEvent.verify|verify} messages.
             * @param message CollectedEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.CollectedEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CollectedEvent message, length delimited. Does not implicitly {@link brightline.v1.CollectedEvent.verify|verify} messages.
             * @param message CollectedEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.CollectedEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CollectedEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.CollectedEvent & brightline.v1.CollectedEvent.$Shape} CollectedEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.CollectedEvent & brightline.v1.CollectedEvent.$Shape;

            /**
             * Decodes a CollectedEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.CollectedEvent & brightline.v1.CollectedEvent.$Shape} CollectedEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.CollectedEvent & brightline.v1.CollectedEvent.$Shape;

            /**
             * Verifies a CollectedEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CollectedEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CollectedEvent
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.CollectedEvent;

            /**
             * Creates a plain object from a CollectedEvent message. Also converts values to other types if specified.
             * @param message CollectedEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.CollectedEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CollectedEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CollectedEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CollectedEvent {

            /** Properties of a CollectedEvent. */
            interface $Properties {

                /** CollectedEvent time */
                time?: (number|null);

                /** CollectedEvent data */
                data?: ({ [k: string]: brightline.v1.Value.$Properties }|null);

                /** CollectedEvent timestamps */
                timestamps?: ({ [k: string]: number }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CollectedEvent. */
            type $Shape = {
              time?: number|null;
              data?: { [k: string]: brightline.v1.Value.$Shape }|null;
              timestamps?: { [k: string]: number }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a CollectReply.
         * @deprecated Use brightline.v1.CollectReply.$Properties instead.
         */
        interface ICollectReply extends brightline.v1.CollectReply.$Properties {
        }

        /** Represents a CollectReply. */
        class CollectReply {

            /**
             * Constructs a new CollectReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.CollectReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CollectReply data_keys. */
            data_keys: { [k: string]: brightline.v1.DataKey.$Properties };

            /** CollectReply events. */
            events: brightline.v1.CollectedEvent.$Properties[];

            /** CollectReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new CollectReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CollectReply instance
             */
            static create(properties: brightline.v1.CollectReply.$Shape): brightline.v1.CollectReply & brightline.v1.CollectReply.$Shape;
            static create(properties?: brightline.v1.CollectReply.$Properties): brightline.v1.CollectReply;

            /**
             * Encodes the specified CollectReply message. Does not implicitly {@link brightline.v1.CollectReply.verify|verify} messages.
             * @param message CollectReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.CollectReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CollectReply message, length delimited. Does not implicitly {@link brightline.v1.CollectReply.verify|verify} messages.
             * @param message CollectReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.CollectReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CollectReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.CollectReply & brightline.v1.CollectReply.$Shape} CollectReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.CollectReply & brightline.v1.CollectReply.$Shape;

            /**
             * Decodes a CollectReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.CollectReply & brightline.v1.CollectReply.$Shape} CollectReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.CollectReply & brightline.v1.CollectReply.$Shape;

            /**
             * Verifies a CollectReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CollectReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CollectReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.CollectReply;

            /**
             * Creates a plain object from a CollectReply message. Also converts values to other types if specified.
             * @param message CollectReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.CollectReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CollectReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CollectReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CollectReply {

            /** Properties of a CollectReply. */
            interface $Properties {

                /** CollectReply data_keys */
                data_keys?: ({ [k: string]: brightline.v1.DataKey.$Properties }|null);

                /** CollectReply events */
                events?: (brightline.v1.CollectedEvent.$Properties[]|null);

                /** CollectReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CollectReply. */
            type $Shape = {
              data_keys?: { [k: string]: brightline.v1.DataKey.$Shape }|null;
              events?: brightline.v1.CollectedEvent.$Shape[]|null;
              error?: brightline.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a StatusReply.
         * @deprecated Use brightline.v1.StatusReply.$Properties instead.
         */
        interface IStatusReply extends brightline.v1.StatusReply.$Properties {
        }

        /** Represents a StatusReply. */
        class StatusReply {

            /**
             * Constructs a new StatusReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.StatusReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatusReply success. */
            success: boolean;

            /** StatusReply elapsed_s. */
            elapsed_s: number;

            /** StatusReply readings. */
            readings: { [k: string]: brightline.v1.Reading.$Properties };

            /** StatusReply asset_docs. */
            asset_docs: brightline.v1.AssetDocument.$Properties[];

            /** StatusReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new StatusReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusReply instance
             */
            static create(properties: brightline.v1.StatusReply.$Shape): brightline.v1.StatusReply & brightline.v1.StatusReply.$Shape;
            static create(properties?: brightline.v1.StatusReply.$Properties): brightline.v1.StatusReply;

            /**
             * Encodes the specified StatusReply message. Does not implicitly {@link brightline.v1.StatusReply.verify|verify} messages.
             * @param message StatusReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.StatusReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StatusReply message, length delimited. Does not implicitly {@link brightline.v1.StatusReply.verify|verify} messages.
             * @param message StatusReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.StatusReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.StatusReply & brightline.v1.StatusReply.$Shape} StatusReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.StatusReply & brightline.v1.StatusReply.$Shape;

            /**
             * Decodes a StatusReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.StatusReply & brightline.v1.StatusReply.$Shape} StatusReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.StatusReply & brightline.v1.StatusReply.$Shape;

            /**
             * Verifies a StatusReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StatusReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.StatusReply;

            /**
             * Creates a plain object from a StatusReply message. Also converts values to other types if specified.
             * @param message StatusReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.StatusReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StatusReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusReply {

            /** Properties of a StatusReply. */
            interface $Properties {

                /** StatusReply success */
                success?: (boolean|null);

                /** StatusReply elapsed_s */
                elapsed_s?: (number|null);

                /** StatusReply readings */
                readings?: ({ [k: string]: brightline.v1.Reading.$Properties }|null);

                /** StatusReply asset_docs */
                asset_docs?: (brightline.v1.AssetDocument.$Properties[]|null);

                /** StatusReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusReply. */
            type $Shape = {
              success?: boolean|null;
              elapsed_s?: number|null;
              readings?: { [k: string]: brightline.v1.Reading.$Shape }|null;
              asset_docs?: brightline.v1.AssetDocument.$Shape[]|null;
              error?: brightline.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a StopRequest.
         * @deprecated Use brightline.v1.StopRequest.$Properties instead.
         */
        interface IStopRequest extends brightline.v1.StopRequest.$Properties {
        }

        /** Represents a StopRequest. */
        class StopRequest {

            /**
             * Constructs a new StopRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.StopRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StopRequest success. */
            success: boolean;

            /**
             * Creates a new StopRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopRequest instance
             */
            static create(properties: brightline.v1.StopRequest.$Shape): brightline.v1.StopRequest & brightline.v1.StopRequest.$Shape;
            static create(properties?: brightline.v1.StopRequest.$Properties): brightline.v1.StopRequest;

            /**
             * Encodes the specified StopRequest message. Does not implicitly {@link brightline.v1.StopRequest.verify|verify} messages.
             * @param message StopRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.StopRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StopRequest message, length delimited. Does not implicitly {@link brightline.v1.StopRequest.verify|verify} messages.
             * @param message StopRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.StopRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.StopRequest & brightline.v1.StopRequest.$Shape} StopRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.StopRequest & brightline.v1.StopRequest.$Shape;

            /**
             * Decodes a StopRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.StopRequest & brightline.v1.StopRequest.$Shape} StopRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.StopRequest & brightline.v1.StopRequest.$Shape;

            /**
             * Verifies a StopRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StopRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StopRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.StopRequest;

            /**
             * Creates a plain object from a StopRequest message. Also converts values to other types if specified.
             * @param message StopRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.StopRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StopRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StopRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopRequest {

            /** Properties of a StopRequest. */
            interface $Properties {

                /** StopRequest success */
                success?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StopRequest. */
            type $Shape = brightline.v1.StopRequest.$Properties;
        }

        /**
         * Properties of a CommandReply.
         * @deprecated Use brightline.v1.CommandReply.$Properties instead.
         */
        interface ICommandReply extends brightline.v1.CommandReply.$Properties {
        }

        /** Represents a CommandReply. */
        class CommandReply {

            /**
             * Constructs a new CommandReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.CommandReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new CommandReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandReply instance
             */
            static create(properties: brightline.v1.CommandReply.$Shape): brightline.v1.CommandReply & brightline.v1.CommandReply.$Shape;
            static create(properties?: brightline.v1.CommandReply.$Properties): brightline.v1.CommandReply;

            /**
             * Encodes the specified CommandReply message. Does not implicitly {@link brightline.v1.CommandReply.verify|verify} messages.
             * @param message CommandReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.CommandReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CommandReply message, length delimited. Does not implicitly {@link brightline.v1.CommandReply.verify|verify} messages.
             * @param message CommandReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.CommandReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.CommandReply & brightline.v1.CommandReply.$Shape} CommandReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.CommandReply & brightline.v1.CommandReply.$Shape;

            /**
             * Decodes a CommandReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.CommandReply & brightline.v1.CommandReply.$Shape} CommandReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.CommandReply & brightline.v1.CommandReply.$Shape;

            /**
             * Verifies a CommandReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CommandReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CommandReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.CommandReply;

            /**
             * Creates a plain object from a CommandReply message. Also converts values to other types if specified.
             * @param message CommandReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.CommandReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommandReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CommandReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommandReply {

            /** Properties of a CommandReply. */
            interface $Properties {

                /** CommandReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommandReply. */
            type $Shape = brightline.v1.CommandReply.$Properties;
        }

        /**
         * Properties of a ReadingUpdate.
         * @deprecated Use brightline.v1.ReadingUpdate.$Properties instead.
         */
        interface IReadingUpdate extends brightline.v1.ReadingUpdate.$Properties {
        }

        /** Represents a ReadingUpdate. */
        class ReadingUpdate {

            /**
             * Constructs a new ReadingUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.ReadingUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadingUpdate beamline. */
            beamline: string;

            /** ReadingUpdate device. */
            device: string;

            /** ReadingUpdate readings. */
            readings: { [k: string]: brightline.v1.Reading.$Properties };

            /**
             * Creates a new ReadingUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadingUpdate instance
             */
            static create(properties: brightline.v1.ReadingUpdate.$Shape): brightline.v1.ReadingUpdate & brightline.v1.ReadingUpdate.$Shape;
            static create(properties?: brightline.v1.ReadingUpdate.$Properties): brightline.v1.ReadingUpdate;

            /**
             * Encodes the specified ReadingUpdate message. Does not implicitly {@link brightline.v1.ReadingUpdate.verify|verify} messages.
             * @param message ReadingUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.ReadingUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReadingUpdate message, length delimited. Does not implicitly {@link brightline.v1.ReadingUpdate.verify|verify} messages.
             * @param message ReadingUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.ReadingUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadingUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.ReadingUpdate & brightline.v1.ReadingUpdate.$Shape} ReadingUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.ReadingUpdate & brightline.v1.ReadingUpdate.$Shape;

            /**
             * Decodes a ReadingUpdate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.ReadingUpdate & brightline.v1.ReadingUpdate.$Shape} ReadingUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.ReadingUpdate & brightline.v1.ReadingUpdate.$Shape;

            /**
             * Verifies a ReadingUpdate message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReadingUpdate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadingUpdate
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.ReadingUpdate;

            /**
             * Creates a plain object from a ReadingUpdate message. Also converts values to other types if specified.
             * @param message ReadingUpdate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.ReadingUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadingUpdate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadingUpdate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadingUpdate {

            /** Properties of a ReadingUpdate. */
            interface $Properties {

                /** ReadingUpdate beamline */
                beamline?: (string|null);

                /** ReadingUpdate device */
                device?: (string|null);

                /** ReadingUpdate readings */
                readings?: ({ [k: string]: brightline.v1.Reading.$Properties }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadingUpdate. */
            type $Shape = {
              beamline?: string|null;
              device?: string|null;
              readings?: { [k: string]: brightline.v1.Reading.$Shape }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a DeviceHealth.
         * @deprecated Use brightline.v1.DeviceHealth.$Properties instead.
         */
        interface IDeviceHealth extends brightline.v1.DeviceHealth.$Properties {
        }

        /** Represents a DeviceHealth. */
        class DeviceHealth {

            /**
             * Constructs a new DeviceHealth.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.DeviceHealth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceHealth beamline. */
            beamline: string;

            /** DeviceHealth device. */
            device: string;

            /** DeviceHealth state. */
            state: string;

            /** DeviceHealth since. */
            since: number;

            /** DeviceHealth reason. */
            reason: string;

            /**
             * Creates a new DeviceHealth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceHealth instance
             */
            static create(properties: brightline.v1.DeviceHealth.$Shape): brightline.v1.DeviceHealth & brightline.v1.DeviceHealth.$Shape;
            static create(properties?: brightline.v1.DeviceHealth.$Properties): brightline.v1.DeviceHealth;

            /**
             * Encodes the specified DeviceHealth message. Does not implicitly {@link brightline.v1.DeviceHealth.verify|verify} messages.
             * @param message DeviceHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.DeviceHealth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceHealth message, length delimited. Does not implicitly {@link brightline.v1.DeviceHealth.verify|verify} messages.
             * @param message DeviceHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.DeviceHealth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceHealth message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.DeviceHealth & brightline.v1.DeviceHealth.$Shape} DeviceHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.DeviceHealth & brightline.v1.DeviceHealth.$Shape;

            /**
             * Decodes a DeviceHealth message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.DeviceHealth & brightline.v1.DeviceHealth.$Shape} DeviceHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.DeviceHealth & brightline.v1.DeviceHealth.$Shape;

            /**
             * Verifies a DeviceHealth message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceHealth message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceHealth
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.DeviceHealth;

            /**
             * Creates a plain object from a DeviceHealth message. Also converts values to other types if specified.
             * @param message DeviceHealth
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.DeviceHealth, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceHealth to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceHealth
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceHealth {

            /** Properties of a DeviceHealth. */
            interface $Properties {

                /** DeviceHealth beamline */
                beamline?: (string|null);

                /** DeviceHealth device */
                device?: (string|null);

                /** DeviceHealth state */
                state?: (string|null);

                /** DeviceHealth since */
                since?: (number|null);

                /** DeviceHealth reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceHealth. */
            type $Shape = brightline.v1.DeviceHealth.$Properties;
        }

        /**
         * Properties of a DocumentEnvelope.
         * @deprecated Use brightline.v1.DocumentEnvelope.$Properties instead.
         */
        interface IDocumentEnvelope extends brightline.v1.DocumentEnvelope.$Properties {
        }

        /** Represents a DocumentEnvelope. */
        class DocumentEnvelope {

            /**
             * Constructs a new DocumentEnvelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.DocumentEnvelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DocumentEnvelope name. */
            name: string;

            /** DocumentEnvelope uid. */
            uid: string;

            /** DocumentEnvelope run_uid. */
            run_uid: string;

            /** DocumentEnvelope json. */
            json: string;

            /** DocumentEnvelope beamline. */
            beamline: string;

            /**
             * Creates a new DocumentEnvelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DocumentEnvelope instance
             */
            static create(properties: brightline.v1.DocumentEnvelope.$Shape): brightline.v1.DocumentEnvelope & brightline.v1.DocumentEnvelope.$Shape;
            static create(properties?: brightline.v1.DocumentEnvelope.$Properties): brightline.v1.DocumentEnvelope;

            /**
             * Encodes the specified DocumentEnvelope message. Does not implicitly {@link brightline.v1.DocumentEnvelope.verify|verify} messages.
             * @param message DocumentEnvelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.DocumentEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DocumentEnvelope message, length delimited. Does not implicitly {@link brightline.v1.DocumentEnvelope.verify|verify} messages.
             * @param message DocumentEnvelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.DocumentEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DocumentEnvelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.DocumentEnvelope & brightline.v1.DocumentEnvelope.$Shape} DocumentEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.DocumentEnvelope & brightline.v1.DocumentEnvelope.$Shape;

            /**
             * Decodes a DocumentEnvelope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.DocumentEnvelope & brightline.v1.DocumentEnvelope.$Shape} DocumentEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.DocumentEnvelope & brightline.v1.DocumentEnvelope.$Shape;

            /**
             * Verifies a DocumentEnvelope message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DocumentEnvelope message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DocumentEnvelope
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.DocumentEnvelope;

            /**
             * Creates a plain object from a DocumentEnvelope message. Also converts values to other types if specified.
             * @param message DocumentEnvelope
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.DocumentEnvelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DocumentEnvelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DocumentEnvelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DocumentEnvelope {

            /** Properties of a DocumentEnvelope. */
            interface $Properties {

                /** DocumentEnvelope name */
                name?: (string|null);

                /** DocumentEnvelope uid */
                uid?: (string|null);

                /** DocumentEnvelope run_uid */
                run_uid?: (string|null);

                /** DocumentEnvelope json */
                json?: (string|null);

                /** DocumentEnvelope beamline */
                beamline?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DocumentEnvelope. */
            type $Shape = brightline.v1.DocumentEnvelope.$Properties;
        }

        /** Represents a Facility */
        class Facility extends $protobuf.rpc.Service {

            /**
             * Constructs a new Facility service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new Facility service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Facility;

            /** Calls WhoAmI. */
            whoAmI: brightline.v1.Facility.WhoAmI;

            /** Calls ListDevices. */
            listDevices: brightline.v1.Facility.ListDevices;

            /** Calls Describe. */
            describe: brightline.v1.Facility.Describe;

            /** Calls DescribeConfiguration. */
            describeConfiguration: brightline.v1.Facility.DescribeConfiguration;

            /** Calls Read. */
            read: brightline.v1.Facility.Read;

            /** Calls ReadConfiguration. */
            readConfiguration: brightline.v1.Facility.ReadConfiguration;

            /** Calls Set. */
            set: brightline.v1.Facility.Set;

            /** Calls Trigger. */
            trigger: brightline.v1.Facility.Trigger;

            /** Calls Stop. */
            stop: brightline.v1.Facility.Stop;

            /** Calls Stage. */
            stage: brightline.v1.Facility.Stage;

            /** Calls Unstage. */
            unstage: brightline.v1.Facility.Unstage;

            /** Calls Configure. */
            configure: brightline.v1.Facility.Configure;

            /** Calls WatchReadings. */
            watchReadings: brightline.v1.Facility.WatchReadings;

            /** Calls WatchProgress. */
            watchProgress: brightline.v1.Facility.WatchProgress;

            /** Calls ListHealth. */
            listHealth: brightline.v1.Facility.ListHealth;

            /** Calls WatchHealth. */
            watchHealth: brightline.v1.Facility.WatchHealth;

            /** Calls ListPlans. */
            listPlans: brightline.v1.Facility.ListPlans;

            /** Calls SubmitPlan. */
            submitPlan: brightline.v1.Facility.SubmitPlan;

            /** Calls ControlPlan. */
            controlPlan: brightline.v1.Facility.ControlPlan;

            /** Calls GetPlanStatus. */
            getPlanStatus: brightline.v1.Facility.GetPlanStatus;

            /** Calls WatchPlanStatus. */
            watchPlanStatus: brightline.v1.Facility.WatchPlanStatus;

            /** Calls QueueAdd. */
            queueAdd: brightline.v1.Facility.QueueAdd;

            /** Calls QueueMove. */
            queueMove: brightline.v1.Facility.QueueMove;

            /** Calls QueueRemove. */
            queueRemove: brightline.v1.Facility.QueueRemove;

            /** Calls QueueClear. */
            queueClear: brightline.v1.Facility.QueueClear;

            /** Calls QueueList. */
            queueList: brightline.v1.Facility.QueueList;

            /** Calls QueueStart. */
            queueStart: brightline.v1.Facility.QueueStart;

            /** Calls QueueStop. */
            queueStop: brightline.v1.Facility.QueueStop;

            /** Calls QueueHistory. */
            queueHistory: brightline.v1.Facility.QueueHistory;

            /** Calls ListRuns. */
            listRuns: brightline.v1.Facility.ListRuns;

            /** Calls StreamDocuments. */
            streamDocuments: brightline.v1.Facility.StreamDocuments;
        }

        namespace Facility {

            /**
             * Callback as used by {@link brightline.v1.Facility#whoAmI}.
             * @param error Error, if any
             * @param [response] Identity
             */
            type WhoAmICallback = (error: (Error|null), response?: brightline.v1.Identity) => void;

            /** Calls WhoAmI. */
            type WhoAmI = {
              (request: brightline.v1.IEmpty, callback: brightline.v1.Facility.WhoAmICallback): void;
              (request: brightline.v1.IEmpty): Promise<brightline.v1.Identity>;
              readonly name: "WhoAmI";
              readonly path: "/brightline.v1.Facility/WhoAmI";
              readonly requestType: "Empty";
              readonly responseType: "Identity";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#listDevices}.
             * @param error Error, if any
             * @param [response] ListDevicesReply
             */
            type ListDevicesCallback = (error: (Error|null), response?: brightline.v1.ListDevicesReply) => void;

            /** Calls ListDevices. */
            type ListDevices = {
              (request: brightline.v1.IListDevicesRequest, callback: brightline.v1.Facility.ListDevicesCallback): void;
              (request: brightline.v1.IListDevicesRequest): Promise<brightline.v1.ListDevicesReply>;
              readonly name: "ListDevices";
              readonly path: "/brightline.v1.Facility/ListDevices";
              readonly requestType: "ListDevicesRequest";
              readonly responseType: "ListDevicesReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#describe}.
             * @param error Error, if any
             * @param [response] DescribeReply
             */
            type DescribeCallback = (error: (Error|null), response?: brightline.v1.DescribeReply) => void;

            /** Calls Describe. */
            type Describe = {
              (request: brightline.v1.IDeviceRef, callback: brightline.v1.Facility.DescribeCallback): void;
              (request: brightline.v1.IDeviceRef): Promise<brightline.v1.DescribeReply>;
              readonly name: "Describe";
              readonly path: "/brightline.v1.Facility/Describe";
              readonly requestType: "DeviceRef";
              readonly responseType: "DescribeReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#describeConfiguration}.
             * @param error Error, if any
             * @param [response] DescribeReply
             */
            type DescribeConfigurationCallback = (error: (Error|null), response?: brightline.v1.DescribeReply) => void;

            /** Calls DescribeConfiguration. */
            type DescribeConfiguration = {
              (request: brightline.v1.IDeviceRef, callback: brightline.v1.Facility.DescribeConfigurationCallback): void;
              (request: brightline.v1.IDeviceRef): Promise<brightline.v1.DescribeReply>;
              readonly name: "DescribeConfiguration";
              readonly path: "/brightline.v1.Facility/DescribeConfiguration";
              readonly requestType: "DeviceRef";
              readonly responseType: "DescribeReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#read}.
             * @param error Error, if any
             * @param [response] ReadReply
             */
            type ReadCallback = (error: (Error|null), response?: brightline.v1.ReadReply) => void;

            /** Calls Read. */
            type Read = {
              (request: brightline.v1.IDeviceRef, callback: brightline.v1.Facility.ReadCallback): void;
              (request: brightline.v1.IDeviceRef): Promise<brightline.v1.ReadReply>;
              readonly name: "Read";
              readonly path: "/brightline.v1.Facility/Read";
              readonly requestType: "DeviceRef";
              readonly responseType: "ReadReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#readConfiguration}.
             * @param error Error, if any
             * @param [response] ReadReply
             */
            type ReadConfigurationCallback = (error: (Error|null), response?: brightline.v1.ReadReply) => void;

            /** Calls ReadConfiguration. */
            type ReadConfiguration = {
              (request: brightline.v1.IDeviceRef, callback: brightline.v1.Facility.ReadConfigurationCallback): void;
              (request: brightline.v1.IDeviceRef): Promise<brightline.v1.ReadReply>;
              readonly name: "ReadConfiguration";
              readonly path: "/brightline.v1.Facility/ReadConfiguration";
              readonly requestType: "DeviceRef";
              readonly responseType: "ReadReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#set}.
             * @param error Error, if any
             * @param [response] StatusReply
             */
            type SetCallback = (error: (Error|null), response?: brightline.v1.StatusReply) => void;

            /** Calls Set. */
            type Set = {
              (request: brightline.v1.ISetDeviceRequest, callback: brightline.v1.Facility.SetCallback): void;
              (request: brightline.v1.ISetDeviceRequest): Promise<brightline.v1.StatusReply>;
              readonly name: "Set";
              readonly path: "/brightline.v1.Facility/Set";
              readonly requestType: "SetDeviceRequest";
              readonly responseType: "StatusReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#trigger}.
             * @param error Error, if any
             * @param [response] StatusReply
             */
            type TriggerCallback = (error: (Error|null), response?: brightline.v1.StatusReply) => void;

            /** Calls Trigger. */
            type Trigger = {
              (request: brightline.v1.ITriggerDeviceRequest, callback: brightline.v1.Facility.TriggerCallback): void;
              (request: brightline.v1.ITriggerDeviceRequest): Promise<brightline.v1.StatusReply>;
              readonly name: "Trigger";
              readonly path: "/brightline.v1.Facility/Trigger";
              readonly requestType: "TriggerDeviceRequest";
              readonly responseType: "StatusReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#stop}.
             * @param error Error, if any
             * @param [response] CommandReply
             */
            type StopCallback = (error: (Error|null), response?: brightline.v1.CommandReply) => void;

            /** Calls Stop. */
            type Stop = {
              (request: brightline.v1.IStopDeviceRequest, callback: brightline.v1.Facility.StopCallback): void;
              (request: brightline.v1.IStopDeviceRequest): Promise<brightline.v1.CommandReply>;
              readonly name: "Stop";
              readonly path: "/brightline.v1.Facility/Stop";
              readonly requestType: "StopDeviceRequest";
              readonly responseType: "CommandReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#stage}.
             * @param error Error, if any
             * @param [response] CommandReply
             */
            type StageCallback = (error: (Error|null), response?: brightline.v1.CommandReply) => void;

            /** Calls Stage. */
            type Stage = {
              (request: brightline.v1.IDeviceRef, callback: brightline.v1.Facility.StageCallback): void;
              (request: brightline.v1.IDeviceRef): Promise<brightline.v1.CommandReply>;
              readonly name: "Stage";
              readonly path: "/brightline.v1.Facility/Stage";
              readonly requestType: "DeviceRef";
              readonly responseType: "CommandReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#unstage}.
             * @param error Error, if any
             * @param [response] CommandReply
             */
            type UnstageCallback = (error: (Error|null), response?: brightline.v1.CommandReply) => void;

            /** Calls Unstage. */
            type Unstage = {
              (request: brightline.v1.IDeviceRef, callback: brightline.v1.Facility.UnstageCallback): void;
              (request: brightline.v1.IDeviceRef): Promise<brightline.v1.CommandReply>;
              readonly name: "Unstage";
              readonly path: "/brightline.v1.Facility/Unstage";
              readonly requestType: "DeviceRef";
              readonly responseType: "CommandReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#configure}.
             * @param error Error, if any
             * @param [response] ConfigureReply
             */
            type ConfigureCallback = (error: (Error|null), response?: brightline.v1.ConfigureReply) => void;

            /** Calls Configure. */
            type Configure = {
              (request: brightline.v1.IConfigureDeviceRequest, callback: brightline.v1.Facility.ConfigureCallback): void;
              (request: brightline.v1.IConfigureDeviceRequest): Promise<brightline.v1.ConfigureReply>;
              readonly name: "Configure";
              readonly path: "/brightline.v1.Facility/Configure";
              readonly requestType: "ConfigureDeviceRequest";
              readonly responseType: "ConfigureReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#watchReadings}.
             * @param error Error, if any
             * @param [response] ReadingUpdate
             */
            type WatchReadingsCallback = (error: (Error|null), response?: brightline.v1.ReadingUpdate) => void;

            /** Calls WatchReadings. */
            type WatchReadings = {
              (request: brightline.v1.IDeviceRef, callback: brightline.v1.Facility.WatchReadingsCallback): void;
              (request: brightline.v1.IDeviceRef): Promise<brightline.v1.ReadingUpdate>;
              readonly name: "WatchReadings";
              readonly path: "/brightline.v1.Facility/WatchReadings";
              readonly requestType: "DeviceRef";
              readonly responseType: "ReadingUpdate";
              readonly requestStream: undefined;
              readonly responseStream: true;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#watchProgress}.
             * @param error Error, if any
             * @param [response] StatusProgress
             */
            type WatchProgressCallback = (error: (Error|null), response?: brightline.v1.StatusProgress) => void;

            /** Calls WatchProgress. */
            type WatchProgress = {
              (request: brightline.v1.IWatchProgressRequest, callback: brightline.v1.Facility.WatchProgressCallback): void;
              (request: brightline.v1.IWatchProgressRequest): Promise<brightline.v1.StatusProgress>;
              readonly name: "WatchProgress";
              readonly path: "/brightline.v1.Facility/WatchProgress";
              readonly requestType: "WatchProgressRequest";
              readonly responseType: "StatusProgress";
              readonly requestStream: undefined;
              readonly responseStream: true;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#listHealth}.
             * @param error Error, if any
             * @param [response] HealthListReply
             */
            type ListHealthCallback = (error: (Error|null), response?: brightline.v1.HealthListReply) => void;

            /** Calls ListHealth. */
            type ListHealth = {
              (request: brightline.v1.IHealthRequest, callback: brightline.v1.Facility.ListHealthCallback): void;
              (request: brightline.v1.IHealthRequest): Promise<brightline.v1.HealthListReply>;
              readonly name: "ListHealth";
              readonly path: "/brightline.v1.Facility/ListHealth";
              readonly requestType: "HealthRequest";
              readonly responseType: "HealthListReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#watchHealth}.
             * @param error Error, if any
             * @param [response] HealthRecord
             */
            type WatchHealthCallback = (error: (Error|null), response?: brightline.v1.HealthRecord) => void;

            /** Calls WatchHealth. */
            type WatchHealth = {
              (request: brightline.v1.IHealthRequest, callback: brightline.v1.Facility.WatchHealthCallback): void;
              (request: brightline.v1.IHealthRequest): Promise<brightline.v1.HealthRecord>;
              readonly name: "WatchHealth";
              readonly path: "/brightline.v1.Facility/WatchHealth";
              readonly requestType: "HealthRequest";
              readonly responseType: "HealthRecord";
              readonly requestStream: undefined;
              readonly responseStream: true;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#listPlans}.
             * @param error Error, if any
             * @param [response] ListPlansReply
             */
            type ListPlansCallback = (error: (Error|null), response?: brightline.v1.ListPlansReply) => void;

            /** Calls ListPlans. */
            type ListPlans = {
              (request: brightline.v1.IEmpty, callback: brightline.v1.Facility.ListPlansCallback): void;
              (request: brightline.v1.IEmpty): Promise<brightline.v1.ListPlansReply>;
              readonly name: "ListPlans";
              readonly path: "/brightline.v1.Facility/ListPlans";
              readonly requestType: "Empty";
              readonly responseType: "ListPlansReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#submitPlan}.
             * @param error Error, if any
             * @param [response] SubmitPlanReply
             */
            type SubmitPlanCallback = (error: (Error|null), response?: brightline.v1.SubmitPlanReply) => void;

            /** Calls SubmitPlan. */
            type SubmitPlan = {
              (request: brightline.v1.IBeamlineSubmitRequest, callback: brightline.v1.Facility.SubmitPlanCallback): void;
              (request: brightline.v1.IBeamlineSubmitRequest): Promise<brightline.v1.SubmitPlanReply>;
              readonly name: "SubmitPlan";
              readonly path: "/brightline.v1.Facility/SubmitPlan";
              readonly requestType: "BeamlineSubmitRequest";
              readonly responseType: "SubmitPlanReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#controlPlan}.
             * @param error Error, if any
             * @param [response] PlanControlReply
             */
            type ControlPlanCallback = (error: (Error|null), response?: brightline.v1.PlanControlReply) => void;

            /** Calls ControlPlan. */
            type ControlPlan = {
              (request: brightline.v1.IBeamlineControlRequest, callback: brightline.v1.Facility.ControlPlanCallback): void;
              (request: brightline.v1.IBeamlineControlRequest): Promise<brightline.v1.PlanControlReply>;
              readonly name: "ControlPlan";
              readonly path: "/brightline.v1.Facility/ControlPlan";
              readonly requestType: "BeamlineControlRequest";
              readonly responseType: "PlanControlReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#getPlanStatus}.
             * @param error Error, if any
             * @param [response] PlanStatus
             */
            type GetPlanStatusCallback = (error: (Error|null), response?: brightline.v1.PlanStatus) => void;

            /** Calls GetPlanStatus. */
            type GetPlanStatus = {
              (request: brightline.v1.IBeamlineRef, callback: brightline.v1.Facility.GetPlanStatusCallback): void;
              (request: brightline.v1.IBeamlineRef): Promise<brightline.v1.PlanStatus>;
              readonly name: "GetPlanStatus";
              readonly path: "/brightline.v1.Facility/GetPlanStatus";
              readonly requestType: "BeamlineRef";
              readonly responseType: "PlanStatus";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#watchPlanStatus}.
             * @param error Error, if any
             * @param [response] PlanStatus
             */
            type WatchPlanStatusCallback = (error: (Error|null), response?: brightline.v1.PlanStatus) => void;

            /** Calls WatchPlanStatus. */
            type WatchPlanStatus = {
              (request: brightline.v1.IBeamlineRef, callback: brightline.v1.Facility.WatchPlanStatusCallback): void;
              (request: brightline.v1.IBeamlineRef): Promise<brightline.v1.PlanStatus>;
              readonly name: "WatchPlanStatus";
              readonly path: "/brightline.v1.Facility/WatchPlanStatus";
              readonly requestType: "BeamlineRef";
              readonly responseType: "PlanStatus";
              readonly requestStream: undefined;
              readonly responseStream: true;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#queueAdd}.
             * @param error Error, if any
             * @param [response] QueueAddReply
             */
            type QueueAddCallback = (error: (Error|null), response?: brightline.v1.QueueAddReply) => void;

            /** Calls QueueAdd. */
            type QueueAdd = {
              (request: brightline.v1.IBeamlineQueueAddRequest, callback: brightline.v1.Facility.QueueAddCallback): void;
              (request: brightline.v1.IBeamlineQueueAddRequest): Promise<brightline.v1.QueueAddReply>;
              readonly name: "QueueAdd";
              readonly path: "/brightline.v1.Facility/QueueAdd";
              readonly requestType: "BeamlineQueueAddRequest";
              readonly responseType: "QueueAddReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#queueMove}.
             * @param error Error, if any
             * @param [response] QueueListReply
             */
            type QueueMoveCallback = (error: (Error|null), response?: brightline.v1.QueueListReply) => void;

            /** Calls QueueMove. */
            type QueueMove = {
              (request: brightline.v1.IBeamlineQueueMoveRequest, callback: brightline.v1.Facility.QueueMoveCallback): void;
              (request: brightline.v1.IBeamlineQueueMoveRequest): Promise<brightline.v1.QueueListReply>;
              readonly name: "QueueMove";
              readonly path: "/brightline.v1.Facility/QueueMove";
              readonly requestType: "BeamlineQueueMoveRequest";
              readonly responseType: "QueueListReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#queueRemove}.
             * @param error Error, if any
             * @param [response] QueueListReply
             */
            type QueueRemoveCallback = (error: (Error|null), response?: brightline.v1.QueueListReply) => void;

            /** Calls QueueRemove. */
            type QueueRemove = {
              (request: brightline.v1.IBeamlineQueueItemRef, callback: brightline.v1.Facility.QueueRemoveCallback): void;
              (request: brightline.v1.IBeamlineQueueItemRef): Promise<brightline.v1.QueueListReply>;
              readonly name: "QueueRemove";
              readonly path: "/brightline.v1.Facility/QueueRemove";
              readonly requestType: "BeamlineQueueItemRef";
              readonly responseType: "QueueListReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#queueClear}.
             * @param error Error, if any
             * @param [response] QueueListReply
             */
            type QueueClearCallback = (error: (Error|null), response?: brightline.v1.QueueListReply) => void;

            /** Calls QueueClear. */
            type QueueClear = {
              (request: brightline.v1.IBeamlineRef, callback: brightline.v1.Facility.QueueClearCallback): void;
              (request: brightline.v1.IBeamlineRef): Promise<brightline.v1.QueueListReply>;
              readonly name: "QueueClear";
              readonly path: "/brightline.v1.Facility/QueueClear";
              readonly requestType: "BeamlineRef";
              readonly responseType: "QueueListReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#queueList}.
             * @param error Error, if any
             * @param [response] QueueListReply
             */
            type QueueListCallback = (error: (Error|null), response?: brightline.v1.QueueListReply) => void;

            /** Calls QueueList. */
            type QueueList = {
              (request: brightline.v1.IBeamlineRef, callback: brightline.v1.Facility.QueueListCallback): void;
              (request: brightline.v1.IBeamlineRef): Promise<brightline.v1.QueueListReply>;
              readonly name: "QueueList";
              readonly path: "/brightline.v1.Facility/QueueList";
              readonly requestType: "BeamlineRef";
              readonly responseType: "QueueListReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#queueStart}.
             * @param error Error, if any
             * @param [response] QueueListReply
             */
            type QueueStartCallback = (error: (Error|null), response?: brightline.v1.QueueListReply) => void;

            /** Calls QueueStart. */
            type QueueStart = {
              (request: brightline.v1.IBeamlineRef, callback: brightline.v1.Facility.QueueStartCallback): void;
              (request: brightline.v1.IBeamlineRef): Promise<brightline.v1.QueueListReply>;
              readonly name: "QueueStart";
              readonly path: "/brightline.v1.Facility/QueueStart";
              readonly requestType: "BeamlineRef";
              readonly responseType: "QueueListReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#queueStop}.
             * @param error Error, if any
             * @param [response] QueueListReply
             */
            type QueueStopCallback = (error: (Error|null), response?: brightline.v1.QueueListReply) => void;

            /** Calls QueueStop. */
            type QueueStop = {
              (request: brightline.v1.IBeamlineRef, callback: brightline.v1.Facility.QueueStopCallback): void;
              (request: brightline.v1.IBeamlineRef): Promise<brightline.v1.QueueListReply>;
              readonly name: "QueueStop";
              readonly path: "/brightline.v1.Facility/QueueStop";
              readonly requestType: "BeamlineRef";
              readonly responseType: "QueueListReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#queueHistory}.
             * @param error Error, if any
             * @param [response] QueueHistoryReply
             */
            type QueueHistoryCallback = (error: (Error|null), response?: brightline.v1.QueueHistoryReply) => void;

            /** Calls QueueHistory. */
            type QueueHistory = {
              (request: brightline.v1.IBeamlineHistoryRequest, callback: brightline.v1.Facility.QueueHistoryCallback): void;
              (request: brightline.v1.IBeamlineHistoryRequest): Promise<brightline.v1.QueueHistoryReply>;
              readonly name: "QueueHistory";
              readonly path: "/brightline.v1.Facility/QueueHistory";
              readonly requestType: "BeamlineHistoryRequest";
              readonly responseType: "QueueHistoryReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#listRuns}.
             * @param error Error, if any
             * @param [response] ListRunsReply
             */
            type ListRunsCallback = (error: (Error|null), response?: brightline.v1.ListRunsReply) => void;

            /** Calls ListRuns. */
            type ListRuns = {
              (request: brightline.v1.IListRunsRequest, callback: brightline.v1.Facility.ListRunsCallback): void;
              (request: brightline.v1.IListRunsRequest): Promise<brightline.v1.ListRunsReply>;
              readonly name: "ListRuns";
              readonly path: "/brightline.v1.Facility/ListRuns";
              readonly requestType: "ListRunsRequest";
              readonly responseType: "ListRunsReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#streamDocuments}.
             * @param error Error, if any
             * @param [response] DocumentEnvelope
             */
            type StreamDocumentsCallback = (error: (Error|null), response?: brightline.v1.DocumentEnvelope) => void;

            /** Calls StreamDocuments. */
            type StreamDocuments = {
              (request: brightline.v1.IStreamDocumentsRequest, callback: brightline.v1.Facility.StreamDocumentsCallback): void;
              (request: brightline.v1.IStreamDocumentsRequest): Promise<brightline.v1.DocumentEnvelope>;
              readonly name: "StreamDocuments";
              readonly path: "/brightline.v1.Facility/StreamDocuments";
              readonly requestType: "StreamDocumentsRequest";
              readonly responseType: "DocumentEnvelope";
              readonly requestStream: undefined;
              readonly responseStream: true;
            };
        }

        /**
         * Properties of a BeamlineRole.
         * @deprecated Use brightline.v1.BeamlineRole.$Properties instead.
         */
        interface IBeamlineRole extends brightline.v1.BeamlineRole.$Properties {
        }

        /** Represents a BeamlineRole. */
        class BeamlineRole {

            /**
             * Constructs a new BeamlineRole.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.BeamlineRole.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BeamlineRole beamline. */
            beamline: string;

            /** BeamlineRole role. */
            role: string;

            /**
             * Creates a new BeamlineRole instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BeamlineRole instance
             */
            static create(properties: brightline.v1.BeamlineRole.$Shape): brightline.v1.BeamlineRole & brightline.v1.BeamlineRole.$Shape;
            static create(properties?: brightline.v1.BeamlineRole.$Properties): brightline.v1.BeamlineRole;

            /**
             * Encodes the specified BeamlineRole message. Does not implicitly {@link brightline.v1.BeamlineRole.verify|verify} messages.
             * @param message BeamlineRole message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.BeamlineRole.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BeamlineRole message, length delimited. Does not implicitly {@link brightline.v1.BeamlineRole.verify|verify} messages.
             * @param message BeamlineRole message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.BeamlineRole.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BeamlineRole message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.BeamlineRole & brightline.v1.BeamlineRole.$Shape} BeamlineRole
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.BeamlineRole & brightline.v1.BeamlineRole.$Shape;

            /**
             * Decodes a BeamlineRole message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.BeamlineRole & brightline.v1.BeamlineRole.$Shape} BeamlineRole
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.BeamlineRole & brightline.v1.BeamlineRole.$Shape;

            /**
             * Verifies a BeamlineRole message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BeamlineRole message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BeamlineRole
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.BeamlineRole;

            /**
             * Creates a plain object from a BeamlineRole message. Also converts values to other types if specified.
             * @param message BeamlineRole
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.BeamlineRole, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BeamlineRole to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BeamlineRole
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BeamlineRole {

            /** Properties of a BeamlineRole. */
            interface $Properties {

                /** BeamlineRole beamline */
                beamline?: (string|null);

                /** BeamlineRole role */
                role?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BeamlineRole. */
            type $Shape = brightline.v1.BeamlineRole.$Properties;
        }

        /**
         * Properties of an Identity.
         * @deprecated Use brightline.v1.Identity.$Properties instead.
         */
        interface IIdentity extends brightline.v1.Identity.$Properties {
        }

        /** Represents an Identity. */
        class Identity {

            /**
             * Constructs a new Identity.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.Identity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Identity user. */
            user: string;

            /** Identity operator. */
            operator: boolean;

            /** Identity roles. */
            roles: brightline.v1.BeamlineRole.$Properties[];

            /**
             * Creates a new Identity instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Identity instance
             */
            static create(properties: brightline.v1.Identity.$Shape): brightline.v1.Identity & brightline.v1.Identity.$Shape;
            static create(properties?: brightline.v1.Identity.$Properties): brightline.v1.Identity;

            /**
             * Encodes the specified Identity message. Does not implicitly {@link brightline.v1.Identity.verify|verify} messages.
             * @param message Identity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.Identity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Identity message, length delimited. Does not implicitly {@link brightline.v1.Identity.verify|verify} messages.
             * @param message Identity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.Identity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Identity message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.Identity & brightline.v1.Identity.$Shape} Identity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.Identity & brightline.v1.Identity.$Shape;

            /**
             * Decodes an Identity message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.Identity & brightline.v1.Identity.$Shape} Identity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.Identity & brightline.v1.Identity.$Shape;

            /**
             * Verifies an Identity message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Identity message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Identity
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.Identity;

            /**
             * Creates a plain object from an Identity message. Also converts values to other types if specified.
             * @param message Identity
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.Identity, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Identity to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Identity
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Identity {

            /** Properties of an Identity. */
            interface $Properties {

                /** Identity user */
                user?: (string|null);

                /** Identity operator */
                operator?: (boolean|null);

                /** Identity roles */
                roles?: (brightline.v1.BeamlineRole.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Identity. */
            type $Shape = brightline.v1.Identity.$Properties;
        }

        /**
         * Properties of a BeamlineRef.
         * @deprecated Use brightline.v1.BeamlineRef.$Properties instead.
         */
        interface IBeamlineRef extends brightline.v1.BeamlineRef.$Properties {
        }

        /** Represents a BeamlineRef. */
        class BeamlineRef {

            /**
             * Constructs a new BeamlineRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.BeamlineRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BeamlineRef beamline. */
            beamline: string;

            /**
             * Creates a new BeamlineRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BeamlineRef instance
             */
            static create(properties: brightline.v1.BeamlineRef.$Shape): brightline.v1.BeamlineRef & brightline.v1.BeamlineRef.$Shape;
            static create(properties?: brightline.v1.BeamlineRef.$Properties): brightline.v1.BeamlineRef;

            /**
             * Encodes the specified BeamlineRef message. Does not implicitly {@link brightline.v1.BeamlineRef.verify|verify} messages.
             * @param message BeamlineRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.BeamlineRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BeamlineRef message, length delimited. Does not implicitly {@link brightline.v1.BeamlineRef.verify|verify} messages.
             * @param message BeamlineRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.BeamlineRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BeamlineRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.BeamlineRef & brightline.v1.BeamlineRef.$Shape} BeamlineRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.BeamlineRef & brightline.v1.BeamlineRef.$Shape;

            /**
             * Decodes a BeamlineRef message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.BeamlineRef & brightline.v1.BeamlineRef.$Shape} BeamlineRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.BeamlineRef & brightline.v1.BeamlineRef.$Shape;

            /**
             * Verifies a BeamlineRef message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BeamlineRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BeamlineRef
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.BeamlineRef;

            /**
             * Creates a plain object from a BeamlineRef message. Also converts values to other types if specified.
             * @param message BeamlineRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.BeamlineRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BeamlineRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BeamlineRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BeamlineRef {

            /** Properties of a BeamlineRef. */
            interface $Properties {

                /** BeamlineRef beamline */
                beamline?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BeamlineRef. */
            type $Shape = brightline.v1.BeamlineRef.$Properties;
        }

        /**
         * Properties of a DeviceRef.
         * @deprecated Use brightline.v1.DeviceRef.$Properties instead.
         */
        interface IDeviceRef extends brightline.v1.DeviceRef.$Properties {
        }

        /** Represents a DeviceRef. */
        class DeviceRef {

            /**
             * Constructs a new DeviceRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.DeviceRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceRef beamline. */
            beamline: string;

            /** DeviceRef device. */
            device: string;

            /**
             * Creates a new DeviceRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceRef instance
             */
            static create(properties: brightline.v1.DeviceRef.$Shape): brightline.v1.DeviceRef & brightline.v1.DeviceRef.$Shape;
            static create(properties?: brightline.v1.DeviceRef.$Properties): brightline.v1.DeviceRef;

            /**
             * Encodes the specified DeviceRef message. Does not implicitly {@link brightline.v1.DeviceRef.verify|verify} messages.
             * @param message DeviceRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.DeviceRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceRef message, length delimited. Does not implicitly {@link brightline.v1.DeviceRef.verify|verify} messages.
             * @param message DeviceRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.DeviceRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.DeviceRef & brightline.v1.DeviceRef.$Shape} DeviceRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.DeviceRef & brightline.v1.DeviceRef.$Shape;

            /**
             * Decodes a DeviceRef message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.DeviceRef & brightline.v1.DeviceRef.$Shape} DeviceRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.DeviceRef & brightline.v1.DeviceRef.$Shape;

            /**
             * Verifies a DeviceRef message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceRef
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.DeviceRef;

            /**
             * Creates a plain object from a DeviceRef message. Also converts values to other types if specified.
             * @param message DeviceRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.DeviceRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceRef {

            /** Properties of a DeviceRef. */
            interface $Properties {

                /** DeviceRef beamline */
                beamline?: (string|null);

                /** DeviceRef device */
                device?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceRef. */
            type $Shape = brightline.v1.DeviceRef.$Properties;
        }

        /**
         * Properties of a DeviceSummary.
         * @deprecated Use brightline.v1.DeviceSummary.$Properties instead.
         */
        interface IDeviceSummary extends brightline.v1.DeviceSummary.$Properties {
        }

        /** Represents a DeviceSummary. */
        class DeviceSummary {

            /**
             * Constructs a new DeviceSummary.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.DeviceSummary.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceSummary beamline. */
            beamline: string;

            /** DeviceSummary device. */
            device: string;

            /** DeviceSummary device_class. */
            device_class: string;

            /** DeviceSummary state. */
            state: string;

            /** DeviceSummary reason. */
            reason: string;

            /** DeviceSummary shared. */
            shared: boolean;

            /**
             * Creates a new DeviceSummary instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceSummary instance
             */
            static create(properties: brightline.v1.DeviceSummary.$Shape): brightline.v1.DeviceSummary & brightline.v1.DeviceSummary.$Shape;
            static create(properties?: brightline.v1.DeviceSummary.$Properties): brightline.v1.DeviceSummary;

            /**
             * Encodes the specified DeviceSummary message. Does not implicitly {@link brightline.v1.DeviceSummary.verify|verify} messages.
             * @param message DeviceSummary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.DeviceSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceSummary message, length delimited. Does not implicitly {@link brightline.v1.DeviceSummary.verify|verify} messages.
             * @param message DeviceSummary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.DeviceSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceSummary message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.DeviceSummary & brightline.v1.DeviceSummary.$Shape} DeviceSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.DeviceSummary & brightline.v1.DeviceSummary.$Shape;

            /**
             * Decodes a DeviceSummary message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.DeviceSummary & brightline.v1.DeviceSummary.$Shape} DeviceSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.DeviceSummary & brightline.v1.DeviceSummary.$Shape;

            /**
             * Verifies a DeviceSummary message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceSummary message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceSummary
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.DeviceSummary;

            /**
             * Creates a plain object from a DeviceSummary message. Also converts values to other types if specified.
             * @param message DeviceSummary
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.DeviceSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceSummary to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceSummary
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceSummary {

            /** Properties of a DeviceSummary. */
            interface $Properties {

                /** DeviceSummary beamline */
                beamline?: (string|null);

                /** DeviceSummary device */
                device?: (string|null);

                /** DeviceSummary device_class */
                device_class?: (string|null);

                /** DeviceSummary state */
                state?: (string|null);

                /** DeviceSummary reason */
                reason?: (string|null);

                /** DeviceSummary shared */
                shared?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceSummary. */
            type $Shape = brightline.v1.DeviceSummary.$Properties;
        }

        /**
         * Properties of a ListDevicesRequest.
         * @deprecated Use brightline.v1.ListDevicesRequest.$Properties instead.
         */
        interface IListDevicesRequest extends brightline.v1.ListDevicesRequest.$Properties {
        }

        /** Represents a ListDevicesRequest. */
        class ListDevicesRequest {

            /**
             * Constructs a new ListDevicesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.ListDevicesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListDevicesRequest beamline. */
            beamline: string;

            /**
             * Creates a new ListDevicesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListDevicesRequest instance
             */
            static create(properties: brightline.v1.ListDevicesRequest.$Shape): brightline.v1.ListDevicesRequest & brightline.v1.ListDevicesRequest.$Shape;
            static create(properties?: brightline.v1.ListDevicesRequest.$Properties): brightline.v1.ListDevicesRequest;

            /**
             * Encodes the specified ListDevicesRequest message. Does not implicitly {@link brightline.v1.ListDevicesRequest.verify|verify} messages.
             * @param message ListDevicesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.ListDevicesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListDevicesRequest message, length delimited. Does not implicitly {@link brightline.v1.ListDevicesRequest.verify|verify} messages.
             * @param message ListDevicesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.ListDevicesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListDevicesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.ListDevicesRequest & brightline.v1.ListDevicesRequest.$Shape} ListDevicesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.ListDevicesRequest & brightline.v1.ListDevicesRequest.$Shape;

            /**
             * Decodes a ListDevicesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.ListDevicesRequest & brightline.v1.ListDevicesRequest.$Shape} ListDevicesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.ListDevicesRequest & brightline.v1.ListDevicesRequest.$Shape;

            /**
             * Verifies a ListDevicesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListDevicesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListDevicesRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.ListDevicesRequest;

            /**
             * Creates a plain object from a ListDevicesRequest message. Also converts values to other types if specified.
             * @param message ListDevicesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.ListDevicesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListDevicesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListDevicesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListDevicesRequest {

            /** Properties of a ListDevicesRequest. */
            interface $Properties {

                /** ListDevicesRequest beamline */
                beamline?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListDevicesRequest. */
            type $Shape = brightline.v1.ListDevicesRequest.$Properties;
        }

        /**
         * Properties of a ListDevicesReply.
         * @deprecated Use brightline.v1.ListDevicesReply.$Properties instead.
         */
        interface IListDevicesReply extends brightline.v1.ListDevicesReply.$Properties {
        }

        /** Represents a ListDevicesReply. */
        class ListDevicesReply {

            /**
             * Constructs a new ListDevicesReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.ListDevicesReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListDevicesReply devices. */
            devices: brightline.v1.DeviceSummary.$Properties[];

            /** ListDevicesReply silent_beamlines. */
            silent_beamlines: string[];

            /**
             * Creates a new ListDevicesReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListDevicesReply instance
             */
            static create(properties: brightline.v1.ListDevicesReply.$Shape): brightline.v1.ListDevicesReply & brightline.v1.ListDevicesReply.$Shape;
            static create(properties?: brightline.v1.ListDevicesReply.$Properties): brightline.v1.ListDevicesReply;

            /**
             * Encodes the specified ListDevicesReply message. Does not implicitly {@link brightline.v1.ListDevicesReply.verify|verify} messages.
             * @param message ListDevicesReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.ListDevicesReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListDevicesReply message, length delimited. Does not implicitly {@link brightline.v1.ListDevicesReply.verify|verify} messages.
             * @param message ListDevicesReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.ListDevicesReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListDevicesReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.ListDevicesReply & brightline.v1.ListDevicesReply.$Shape} ListDevicesReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.ListDevicesReply & brightline.v1.ListDevicesReply.$Shape;

            /**
             * Decodes a ListDevicesReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.ListDevicesReply & brightline.v1.ListDevicesReply.$Shape} ListDevicesReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.ListDevicesReply & brightline.v1.ListDevicesReply.$Shape;

            /**
             * Verifies a ListDevicesReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListDevicesReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListDevicesReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.ListDevicesReply;

            /**
             * Creates a plain object from a ListDevicesReply message. Also converts values to other types if specified.
             * @param message ListDevicesReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.ListDevicesReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListDevicesReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListDevicesReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListDevicesReply {

            /** Properties of a ListDevicesReply. */
            interface $Properties {

                /** ListDevicesReply devices */
                devices?: (brightline.v1.DeviceSummary.$Properties[]|null);

                /** ListDevicesReply silent_beamlines */
                silent_beamlines?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListDevicesReply. */
            type $Shape = brightline.v1.ListDevicesReply.$Properties;
        }

        /**
         * Properties of a SetDeviceRequest.
         * @deprecated Use brightline.v1.SetDeviceRequest.$Properties instead.
         */
        interface ISetDeviceRequest extends brightline.v1.SetDeviceRequest.$Properties {
        }

        /** Represents a SetDeviceRequest. */
        class SetDeviceRequest {

            /**
             * Constructs a new SetDeviceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.SetDeviceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetDeviceRequest beamline. */
            beamline: string;

            /** SetDeviceRequest device. */
            device: string;

            /** SetDeviceRequest value. */
            value?: (brightline.v1.Value.$Properties|null);

            /** SetDeviceRequest timeout_s. */
            timeout_s: number;

            /** SetDeviceRequest status_id. */
            status_id: string;

            /**
             * Creates a new SetDeviceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetDeviceRequest instance
             */
            static create(properties: brightline.v1.SetDeviceRequest.$Shape): brightline.v1.SetDeviceRequest & brightline.v1.SetDeviceRequest.$Shape;
            static create(properties?: brightline.v1.SetDeviceRequest.$Properties): brightline.v1.SetDeviceRequest;

            /**
             * Encodes the specified SetDeviceRequest message. Does not implicitly {@link brightline.v1.SetDeviceRequest.verify|verify} messages.
             * @param message SetDeviceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.SetDeviceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetDeviceRequest message, length delimited. Does not implicitly {@link brightline.v1.SetDeviceRequest.verify|verify} messages.
             * @param message SetDeviceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.SetDeviceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetDeviceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.SetDeviceRequest & brightline.v1.SetDeviceRequest.$Shape} SetDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.SetDeviceRequest & brightline.v1.SetDeviceRequest.$Shape;

            /**
             * Decodes a SetDeviceRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.SetDeviceRequest & brightline.v1.SetDeviceRequest.$Shape} SetDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.SetDeviceRequest & brightline.v1.SetDeviceRequest.$Shape;

            /**
             * Verifies a SetDeviceRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetDeviceRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetDeviceRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.SetDeviceRequest;

            /**
             * Creates a plain object from a SetDeviceRequest message. Also converts values to other types if specified.
             * @param message SetDeviceRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.SetDeviceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetDeviceRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetDeviceRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetDeviceRequest {

            /** Properties of a SetDeviceRequest. */
            interface $Properties {

                /** SetDeviceRequest beamline */
                beamline?: (string|null);

                /** SetDeviceRequest device */
                device?: (string|null);

                /** SetDeviceRequest value */
                value?: (brightline.v1.Value.$Properties|null);

                /** SetDeviceRequest timeout_s */
                timeout_s?: (number|null);

                /** SetDeviceRequest status_id */
                status_id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetDeviceRequest. */
            type $Shape = {
              beamline?: string|null;
              device?: string|null;
              value?: brightline.v1.Value.$Shape|null;
              timeout_s?: number|null;
              status_id?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a TriggerDeviceRequest.
         * @deprecated Use brightline.v1.TriggerDeviceRequest.$Properties instead.
         */
        interface ITriggerDeviceRequest extends brightline.v1.TriggerDeviceRequest.$Properties {
        }

        /** Represents a TriggerDeviceRequest. */
        class TriggerDeviceRequest {

            /**
             * Constructs a new TriggerDeviceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.TriggerDeviceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TriggerDeviceRequest beamline. */
            beamline: string;

            /** TriggerDeviceRequest device. */
            device: string;

            /** TriggerDeviceRequest timeout_s. */
            timeout_s: number;

            /** TriggerDeviceRequest status_id. */
            status_id: string;

            /**
             * Creates a new TriggerDeviceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TriggerDeviceRequest instance
             */
            static create(properties: brightline.v1.TriggerDeviceRequest.$Shape): brightline.v1.TriggerDeviceRequest & brightline.v1.TriggerDeviceRequest.$Shape;
            static create(properties?: brightline.v1.TriggerDeviceRequest.$Properties): brightline.v1.TriggerDeviceRequest;

            /**
             * Encodes the specified TriggerDeviceRequest message. Does not implicitly {@link brightline.v1.TriggerDeviceRequest.verify|verify} messages.
             * @param message TriggerDeviceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.TriggerDeviceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TriggerDeviceRequest message, length delimited. Does not implicitly {@link brightline.v1.TriggerDeviceRequest.verify|verify} messages.
             * @param message TriggerDeviceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.TriggerDeviceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TriggerDeviceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.TriggerDeviceRequest & brightline.v1.TriggerDeviceRequest.$Shape} TriggerDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.TriggerDeviceRequest & brightline.v1.TriggerDeviceRequest.$Shape;

            /**
             * Decodes a TriggerDeviceRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.TriggerDeviceRequest & brightline.v1.TriggerDeviceRequest.$Shape} TriggerDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.TriggerDeviceRequest & brightline.v1.TriggerDeviceRequest.$Shape;

            /**
             * Verifies a TriggerDeviceRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TriggerDeviceRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TriggerDeviceRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.TriggerDeviceRequest;

            /**
             * Creates a plain object from a TriggerDeviceRequest message. Also converts values to other types if specified.
             * @param message TriggerDeviceRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.TriggerDeviceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TriggerDeviceRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TriggerDeviceRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TriggerDeviceRequest {

            /** Properties of a TriggerDeviceRequest. */
            interface $Properties {

                /** TriggerDeviceRequest beamline */
                beamline?: (string|null);

                /** TriggerDeviceRequest device */
                device?: (string|null);

                /** TriggerDeviceRequest timeout_s */
                timeout_s?: (number|null);

                /** TriggerDeviceRequest status_id */
                status_id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TriggerDeviceRequest. */
            type $Shape = brightline.v1.TriggerDeviceRequest.$Properties;
        }

        /**
         * Properties of a StopDeviceRequest.
         * @deprecated Use brightline.v1.StopDeviceRequest.$Properties instead.
         */
        interface IStopDeviceRequest extends brightline.v1.StopDeviceRequest.$Properties {
        }

        /** Represents a StopDeviceRequest. */
        class StopDeviceRequest {

            /**
             * Constructs a new StopDeviceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.StopDeviceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StopDeviceRequest beamline. */
            beamline: string;

            /** StopDeviceRequest device. */
            device: string;

            /** StopDeviceRequest success. */
            success: boolean;

            /**
             * Creates a new StopDeviceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopDeviceRequest instance
             */
            static create(properties: brightline.v1.StopDeviceRequest.$Shape): brightline.v1.StopDeviceRequest & brightline.v1.StopDeviceRequest.$Shape;
            static create(properties?: brightline.v1.StopDeviceRequest.$Properties): brightline.v1.StopDeviceRequest;

            /**
             * Encodes the specified StopDeviceRequest message. Does not implicitly {@link brightline.v1.StopDeviceRequest.verify|verify} messages.
             * @param message StopDeviceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.StopDeviceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StopDeviceRequest message, length delimited. Does not implicitly {@link brightline.v1.StopDeviceRequest.verify|verify} messages.
             * @param message StopDeviceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.StopDeviceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopDeviceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.StopDeviceRequest & brightline.v1.StopDeviceRequest.$Shape} StopDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.StopDeviceRequest & brightline.v1.StopDeviceRequest.$Shape;

            /**
             * Decodes a StopDeviceRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.StopDeviceRequest & brightline.v1.StopDeviceRequest.$Shape} StopDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.StopDeviceRequest & brightline.v1.StopDeviceRequest.$Shape;

            /**
             * Verifies a StopDeviceRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StopDeviceRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StopDeviceRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.StopDeviceRequest;

            /**
             * Creates a plain object from a StopDeviceRequest message. Also converts values to other types if specified.
             * @param message StopDeviceRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.StopDeviceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StopDeviceRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StopDeviceRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopDeviceRequest {

            /** Properties of a StopDeviceRequest. */
            interface $Properties {

                /** StopDeviceRequest beamline */
                beamline?: (string|null);

                /** StopDeviceRequest device */
                device?: (string|null);

                /** StopDeviceRequest success */
                success?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StopDeviceRequest. */
            type $Shape = brightline.v1.StopDeviceRequest.$Properties;
        }

        /**
         * Properties of a ConfigureDeviceRequest.
         * @deprecated Use brightline.v1.ConfigureDeviceRequest.$Properties instead.
         */
        interface IConfigureDeviceRequest extends brightline.v1.ConfigureDeviceRequest.$Properties {
        }

        /** Represents a ConfigureDeviceRequest. */
        class ConfigureDeviceRequest {

            /**
             * Constructs a new ConfigureDeviceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.ConfigureDeviceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigureDeviceRequest beamline. */
            beamline: string;

            /** ConfigureDeviceRequest device. */
            device: string;

            /** ConfigureDeviceRequest values. */
            values: { [k: string]: brightline.v1.Value.$Properties };

            /**
             * Creates a new ConfigureDeviceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigureDeviceRequest instance
             */
            static create(properties: brightline.v1.ConfigureDeviceRequest.$Shape): brightline.v1.ConfigureDeviceRequest & brightline.v1.ConfigureDeviceRequest.$Shape;
            static create(properties?: brightline.v1.ConfigureDeviceRequest.$Properties): brightline.v1.ConfigureDeviceRequest;

            /**
             * Encodes the specified ConfigureDeviceRequest message. Does not implicitly {@link brightline.v1.ConfigureDeviceRequest.verify|verify} messages.
             * @param message ConfigureDeviceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.ConfigureDeviceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConfigureDeviceRequest message, length delimited. Does not implicitly {@link brightline.v1.ConfigureDeviceRequest.verify|verify} messages.
             * @param message ConfigureDeviceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.ConfigureDeviceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigureDeviceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.ConfigureDeviceRequest & brightline.v1.ConfigureDeviceRequest.$Shape} ConfigureDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.ConfigureDeviceRequest & brightline.v1.ConfigureDeviceRequest.$Shape;

            /**
             * Decodes a ConfigureDeviceRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.ConfigureDeviceRequest & brightline.v1.ConfigureDeviceRequest.$Shape} ConfigureDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.ConfigureDeviceRequest & brightline.v1.ConfigureDeviceRequest.$Shape;

            /**
             * Verifies a ConfigureDeviceRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfigureDeviceRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfigureDeviceRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.ConfigureDeviceRequest;

            /**
             * Creates a plain object from a ConfigureDeviceRequest message. Also converts values to other types if specified.
             * @param message ConfigureDeviceRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.ConfigureDeviceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfigureDeviceRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfigureDeviceRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfigureDeviceRequest {

            /** Properties of a ConfigureDeviceRequest. */
            interface $Properties {

                /** ConfigureDeviceRequest beamline */
                beamline?: (string|null);

                /** ConfigureDeviceRequest device */
                device?: (string|null);

                /** ConfigureDeviceRequest values */
                values?: ({ [k: string]: brightline.v1.Value.$Properties }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigureDeviceRequest. */
            type $Shape = {
              beamline?: string|null;
              device?: string|null;
              values?: { [k: string]: brightline.v1.Value.$Shape }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a WatchProgressRequest.
         * @deprecated Use brightline.v1.WatchProgressRequest.$Properties instead.
         */
        interface IWatchProgressRequest extends brightline.v1.WatchProgressRequest.$Properties {
        }

        /** Represents a WatchProgressRequest. */
        class WatchProgressRequest {

            /**
             * Constructs a new WatchProgressRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.WatchProgressRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WatchProgressRequest beamline. */
            beamline: string;

            /** WatchProgressRequest device. */
            device: string;

            /** WatchProgressRequest status_id. */
            status_id: string;

            /**
             * Creates a new WatchProgressRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatchProgressRequest instance
             */
            static create(properties: brightline.v1.WatchProgressRequest.$Shape): brightline.v1.WatchProgressRequest & brightline.v1.WatchProgressRequest.$Shape;
            static create(properties?: brightline.v1.WatchProgressRequest.$Properties): brightline.v1.WatchProgressRequest;

            /**
             * Encodes the specified WatchProgressRequest message. Does not implicitly {@link brightline.v1.WatchProgressRequest.verify|verify} messages.
             * @param message WatchProgressRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.WatchProgressRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WatchProgressRequest message, length delimited. Does not implicitly {@link brightline.v1.WatchProgressRequest.verify|verify} messages.
             * @param message WatchProgressRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.WatchProgressRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatchProgressRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.WatchProgressRequest & brightline.v1.WatchProgressRequest.$Shape} WatchProgressRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.WatchProgressRequest & brightline.v1.WatchProgressRequest.$Shape;

            /**
             * Decodes a WatchProgressRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.WatchProgressRequest & brightline.v1.WatchProgressRequest.$Shape} WatchProgressRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.WatchProgressRequest & brightline.v1.WatchProgressRequest.$Shape;

            /**
             * Verifies a WatchProgressRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WatchProgressRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WatchProgressRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.WatchProgressRequest;

            /**
             * Creates a plain object from a WatchProgressRequest message. Also converts values to other types if specified.
             * @param message WatchProgressRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.WatchProgressRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WatchProgressRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WatchProgressRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WatchProgressRequest {

            /** Properties of a WatchProgressRequest. */
            interface $Properties {

                /** WatchProgressRequest beamline */
                beamline?: (string|null);

                /** WatchProgressRequest device */
                device?: (string|null);

                /** WatchProgressRequest status_id */
                status_id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WatchProgressRequest. */
            type $Shape = brightline.v1.WatchProgressRequest.$Properties;
        }

        /**
         * Properties of a HealthRequest.
         * @deprecated Use brightline.v1.HealthRequest.$Properties instead.
         */
        interface IHealthRequest extends brightline.v1.HealthRequest.$Properties {
        }

        /** Represents a HealthRequest. */
        class HealthRequest {

            /**
             * Constructs a new HealthRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.HealthRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HealthRequest beamline. */
            beamline: string;

            /**
             * Creates a new HealthRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HealthRequest instance
             */
            static create(properties: brightline.v1.HealthRequest.$Shape): brightline.v1.HealthRequest & brightline.v1.HealthRequest.$Shape;
            static create(properties?: brightline.v1.HealthRequest.$Properties): brightline.v1.HealthRequest;

            /**
             * Encodes the specified HealthRequest message. Does not implicitly {@link brightline.v1.HealthRequest.verify|verify} messages.
             * @param message HealthRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.HealthRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HealthRequest message, length delimited. Does not implicitly {@link brightline.v1.HealthRequest.verify|verify} messages.
             * @param message HealthRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.HealthRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HealthRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.HealthRequest & brightline.v1.HealthRequest.$Shape} HealthRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.HealthRequest & brightline.v1.HealthRequest.$Shape;

            /**
             * Decodes a HealthRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.HealthRequest & brightline.v1.HealthRequest.$Shape} HealthRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.HealthRequest & brightline.v1.HealthRequest.$Shape;

            /**
             * Verifies a HealthRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HealthRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HealthRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.HealthRequest;

            /**
             * Creates a plain object from a HealthRequest message. Also converts values to other types if specified.
             * @param message HealthRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.HealthRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HealthRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HealthRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthRequest {

            /** Properties of a HealthRequest. */
            interface $Properties {

                /** HealthRequest beamline */
                beamline?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HealthRequest. */
            type $Shape = brightline.v1.HealthRequest.$Properties;
        }

        /**
         * Properties of a HealthListReply.
         * @deprecated Use brightline.v1.HealthListReply.$Properties instead.
         */
        interface IHealthListReply extends brightline.v1.HealthListReply.$Properties {
        }

        /** Represents a HealthListReply. */
        class HealthListReply {

            /**
             * Constructs a new HealthListReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.HealthListReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HealthListReply records. */
            records: brightline.v1.HealthRecord.$Properties[];

            /**
             * Creates a new HealthListReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HealthListReply instance
             */
            static create(properties: brightline.v1.HealthListReply.$Shape): brightline.v1.HealthListReply & brightline.v1.HealthListReply.$Shape;
            static create(properties?: brightline.v1.HealthListReply.$Properties): brightline.v1.HealthListReply;

            /**
             * Encodes the specified HealthListReply message. Does not implicitly {@link brightline.v1.HealthListReply.verify|verify} messages.
             * @param message HealthListReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.HealthListReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HealthListReply message, length delimited. Does not implicitly {@link brightline.v1.HealthListReply.verify|verify} messages.
             * @param message HealthListReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.HealthListReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HealthListReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.HealthListReply & brightline.v1.HealthListReply.$Shape} HealthListReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.HealthListReply & brightline.v1.HealthListReply.$Shape;

            /**
             * Decodes a HealthListReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.HealthListReply & brightline.v1.HealthListReply.$Shape} HealthListReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.HealthListReply & brightline.v1.HealthListReply.$Shape;

            /**
             * Verifies a HealthListReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HealthListReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HealthListReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.HealthListReply;

            /**
             * Creates a plain object from a HealthListReply message. Also converts values to other types if specified.
             * @param message HealthListReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.HealthListReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HealthListReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HealthListReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthListReply {

            /** Properties of a HealthListReply. */
            interface $Properties {

                /** HealthListReply records */
                records?: (brightline.v1.HealthRecord.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HealthListReply. */
            type $Shape = brightline.v1.HealthListReply.$Properties;
        }

        /**
         * Properties of a PlanParameter.
         * @deprecated Use brightline.v1.PlanParameter.$Properties instead.
         */
        interface IPlanParameter extends brightline.v1.PlanParameter.$Properties {
        }

        /** Represents a PlanParameter. */
        class PlanParameter {

            /**
             * Constructs a new PlanParameter.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.PlanParameter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PlanParameter name. */
            name: string;

            /** PlanParameter type. */
            type: string;

            /** PlanParameter required. */
            required: boolean;

            /** PlanParameter description. */
            description: string;

            /** PlanParameter default_value. */
            default_value?: (brightline.v1.Value.$Properties|null);

            /**
             * Creates a new PlanParameter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlanParameter instance
             */
            static create(properties: brightline.v1.PlanParameter.$Shape): brightline.v1.PlanParameter & brightline.v1.PlanParameter.$Shape;
            static create(properties?: brightline.v1.PlanParameter.$Properties): brightline.v1.PlanParameter;

            /**
             * Encodes the specified PlanParameter message. Does not implicitly {@link brightline.v1.PlanParameter.verify|verify} messages.
             * @param message PlanParameter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.PlanParameter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PlanParameter message, length delimited. Does not implicitly {@link brightline.v1.PlanParameter.verify|verify} messages.
             * @param message PlanParameter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.PlanParameter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlanParameter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.PlanParameter & brightline.v1.PlanParameter.$Shape} PlanParameter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.PlanParameter & brightline.v1.PlanParameter.$Shape;

            /**
             * Decodes a PlanParameter message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.PlanParameter & brightline.v1.PlanParameter.$Shape} PlanParameter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.PlanParameter & brightline.v1.PlanParameter.$Shape;

            /**
             * Verifies a PlanParameter message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PlanParameter message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PlanParameter
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.PlanParameter;

            /**
             * Creates a plain object from a PlanParameter message. Also converts values to other types if specified.
             * @param message PlanParameter
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.PlanParameter, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PlanParameter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PlanParameter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanParameter {

            /** Properties of a PlanParameter. */
            interface $Properties {

                /** PlanParameter name */
                name?: (string|null);

                /** PlanParameter type */
                type?: (string|null);

                /** PlanParameter required */
                required?: (boolean|null);

                /** PlanParameter description */
                description?: (string|null);

                /** PlanParameter default_value */
                default_value?: (brightline.v1.Value.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PlanParameter. */
            type $Shape = {
              name?: string|null;
              type?: string|null;
              required?: boolean|null;
              description?: string|null;
              default_value?: brightline.v1.Value.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a PlanDescription.
         * @deprecated Use brightline.v1.PlanDescription.$Properties instead.
         */
        interface IPlanDescription extends brightline.v1.PlanDescription.$Properties {
        }

        /** Represents a PlanDescription. */
        class PlanDescription {

            /**
             * Constructs a new PlanDescription.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.PlanDescription.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PlanDescription name. */
            name: string;

            /** PlanDescription description. */
            description: string;

            /** PlanDescription parameters. */
            parameters: brightline.v1.PlanParameter.$Properties[];

            /**
             * Creates a new PlanDescription instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlanDescription instance
             */
            static create(properties: brightline.v1.PlanDescription.$Shape): brightline.v1.PlanDescription & brightline.v1.PlanDescription.$Shape;
            static create(properties?: brightline.v1.PlanDescription.$Properties): brightline.v1.PlanDescription;

            /**
             * Encodes the specified PlanDescription message. Does not implicitly {@link brightline.v1.PlanDescription.verify|verify} messages.
             * @param message PlanDescription message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.PlanDescription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PlanDescription message, length delimited. Does not implicitly {@link brightline.v1.PlanDescription.verify|verify} messages.
             * @param message PlanDescription message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.PlanDescription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlanDescription message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.PlanDescription & brightline.v1.PlanDescription.$Shape} PlanDescription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.PlanDescription & brightline.v1.PlanDescription.$Shape;

            /**
             * Decodes a PlanDescription message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.PlanDescription & brightline.v1.PlanDescription.$Shape} PlanDescription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.PlanDescription & brightline.v1.PlanDescription.$Shape;

            /**
             * Verifies a PlanDescription message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PlanDescription message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PlanDescription
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.PlanDescription;

            /**
             * Creates a plain object from a PlanDescription message. Also converts values to other types if specified.
             * @param message PlanDescription
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.PlanDescription, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PlanDescription to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PlanDescription
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanDescription {

            /** Properties of a PlanDescription. */
            interface $Properties {

                /** PlanDescription name */
                name?: (string|null);

                /** PlanDescription description */
                description?: (string|null);

                /** PlanDescription parameters */
                parameters?: (brightline.v1.PlanParameter.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PlanDescription. */
            type $Shape = {
              name?: string|null;
              description?: string|null;
              parameters?: brightline.v1.PlanParameter.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ListPlansReply.
         * @deprecated Use brightline.v1.ListPlansReply.$Properties instead.
         */
        interface IListPlansReply extends brightline.v1.ListPlansReply.$Properties {
        }

        /** Represents a ListPlansReply. */
        class ListPlansReply {

            /**
             * Constructs a new ListPlansReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.ListPlansReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListPlansReply plans. */
            plans: brightline.v1.PlanDescription.$Properties[];

            /** ListPlansReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new ListPlansReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListPlansReply instance
             */
            static create(properties: brightline.v1.ListPlansReply.$Shape): brightline.v1.ListPlansReply & brightline.v1.ListPlansReply.$Shape;
            static create(properties?: brightline.v1.ListPlansReply.$Properties): brightline.v1.ListPlansReply;

            /**
             * Encodes the specified ListPlansReply message. Does not implicitly {@link brightline.v1.ListPlansReply.verify|verify} messages.
             * @param message ListPlansReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.ListPlansReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListPlansReply message, length delimited. Does not implicitly {@link brightline.v1.ListPlansReply.verify|verify} messages.
             * @param message ListPlansReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.ListPlansReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListPlansReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.ListPlansReply & brightline.v1.ListPlansReply.$Shape} ListPlansReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.ListPlansReply & brightline.v1.ListPlansReply.$Shape;

            /**
             * Decodes a ListPlansReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.ListPlansReply & brightline.v1.ListPlansReply.$Shape} ListPlansReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.ListPlansReply & brightline.v1.ListPlansReply.$Shape;

            /**
             * Verifies a ListPlansReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListPlansReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListPlansReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.ListPlansReply;

            /**
             * Creates a plain object from a ListPlansReply message. Also converts values to other types if specified.
             * @param message ListPlansReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.ListPlansReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListPlansReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListPlansReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListPlansReply {

            /** Properties of a ListPlansReply. */
            interface $Properties {

                /** ListPlansReply plans */
                plans?: (brightline.v1.PlanDescription.$Properties[]|null);

                /** ListPlansReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListPlansReply. */
            type $Shape = {
              plans?: brightline.v1.PlanDescription.$Shape[]|null;
              error?: brightline.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a BeamlineSubmitRequest.
         * @deprecated Use brightline.v1.BeamlineSubmitRequest.$Properties instead.
         */
        interface IBeamlineSubmitRequest extends brightline.v1.BeamlineSubmitRequest.$Properties {
        }

        /** Represents a BeamlineSubmitRequest. */
        class BeamlineSubmitRequest {

            /**
             * Constructs a new BeamlineSubmitRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.BeamlineSubmitRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BeamlineSubmitRequest beamline. */
            beamline: string;

            /** BeamlineSubmitRequest plan. */
            plan?: (brightline.v1.SubmitPlanRequest.$Properties|null);

            /**
             * Creates a new BeamlineSubmitRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BeamlineSubmitRequest instance
             */
            static create(properties: brightline.v1.BeamlineSubmitRequest.$Shape): brightline.v1.BeamlineSubmitRequest & brightline.v1.BeamlineSubmitRequest.$Shape;
            static create(properties?: brightline.v1.BeamlineSubmitRequest.$Properties): brightline.v1.BeamlineSubmitRequest;

            /**
             * Encodes the specified BeamlineSubmitRequest message. Does not implicitly {@link brightline.v1.BeamlineSubmitRequest.verify|verify} messages.
             * @param message BeamlineSubmitRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.BeamlineSubmitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BeamlineSubmitRequest message, length delimited. Does not implicitly {@link brightline.v1.BeamlineSubmitRequest.verify|verify} messages.
             * @param message BeamlineSubmitRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.BeamlineSubmitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BeamlineSubmitRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.BeamlineSubmitRequest & brightline.v1.BeamlineSubmitRequest.$Shape} BeamlineSubmitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.BeamlineSubmitRequest & brightline.v1.BeamlineSubmitRequest.$Shape;

            /**
             * Decodes a BeamlineSubmitRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.BeamlineSubmitRequest & brightline.v1.BeamlineSubmitRequest.$Shape} BeamlineSubmitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.BeamlineSubmitRequest & brightline.v1.BeamlineSubmitRequest.$Shape;

            /**
             * Verifies a BeamlineSubmitRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BeamlineSubmitRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BeamlineSubmitRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.BeamlineSubmitRequest;

            /**
             * Creates a plain object from a BeamlineSubmitRequest message. Also converts values to other types if specified.
             * @param message BeamlineSubmitRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.BeamlineSubmitRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BeamlineSubmitRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BeamlineSubmitRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BeamlineSubmitRequest {

            /** Properties of a BeamlineSubmitRequest. */
            interface $Properties {

                /** BeamlineSubmitRequest beamline */
                beamline?: (string|null);

                /** BeamlineSubmitRequest plan */
                plan?: (brightline.v1.SubmitPlanRequest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BeamlineSubmitRequest. */
            type $Shape = {
              beamline?: string|null;
              plan?: brightline.v1.SubmitPlanRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a BeamlineControlRequest.
         * @deprecated Use brightline.v1.BeamlineControlRequest.$Properties instead.
         */
        interface IBeamlineControlRequest extends brightline.v1.BeamlineControlRequest.$Properties {
        }

        /** Represents a BeamlineControlRequest. */
        class BeamlineControlRequest {

            /**
             * Constructs a new BeamlineControlRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.BeamlineControlRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BeamlineControlRequest beamline. */
            beamline: string;

            /** BeamlineControlRequest verb. */
            verb: string;

            /** BeamlineControlRequest reason. */
            reason: string;

            /** BeamlineControlRequest immediate. */
            immediate: boolean;

            /** BeamlineControlRequest item_uid. */
            item_uid: string;

            /**
             * Creates a new BeamlineControlRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BeamlineControlRequest instance
             */
            static create(properties: brightline.v1.BeamlineControlRequest.$Shape): brightline.v1.BeamlineControlRequest & brightline.v1.BeamlineControlRequest.$Shape;
            static create(properties?: brightline.v1.BeamlineControlRequest.$Properties): brightline.v1.BeamlineControlRequest;

            /**
             * Encodes the specified BeamlineControlRequest message. Does not implicitly {@link brightline.v1.BeamlineControlRequest.verify|verify} messages.
             * @param message BeamlineControlRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.BeamlineControlRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BeamlineControlRequest message, length delimited. Does not implicitly {@link brightline.v1.BeamlineControlRequest.verify|verify} messages.
             * @param message BeamlineControlRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.BeamlineControlRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BeamlineControlRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.BeamlineControlRequest & brightline.v1.BeamlineControlRequest.$Shape} BeamlineControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.BeamlineControlRequest & brightline.v1.BeamlineControlRequest.$Shape;

            /**
             * Decodes a BeamlineControlRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.BeamlineControlRequest & brightline.v1.BeamlineControlRequest.$Shape} BeamlineControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.BeamlineControlRequest & brightline.v1.BeamlineControlRequest.$Shape;

            /**
             * Verifies a BeamlineControlRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BeamlineControlRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BeamlineControlRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.BeamlineControlRequest;

            /**
             * Creates a plain object from a BeamlineControlRequest message. Also converts values to other types if specified.
             * @param message BeamlineControlRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.BeamlineControlRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BeamlineControlRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BeamlineControlRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BeamlineControlRequest {

            /** Properties of a BeamlineControlRequest. */
            interface $Properties {

                /** BeamlineControlRequest beamline */
                beamline?: (string|null);

                /** BeamlineControlRequest verb */
                verb?: (string|null);

                /** BeamlineControlRequest reason */
                reason?: (string|null);

                /** BeamlineControlRequest immediate */
                immediate?: (boolean|null);

                /** BeamlineControlRequest item_uid */
                item_uid?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BeamlineControlRequest. */
            type $Shape = brightline.v1.BeamlineControlRequest.$Properties;
        }

        /**
         * Properties of a BeamlineQueueAddRequest.
         * @deprecated Use brightline.v1.BeamlineQueueAddRequest.$Properties instead.
         */
        interface IBeamlineQueueAddRequest extends brightline.v1.BeamlineQueueAddRequest.$Properties {
        }

        /** Represents a BeamlineQueueAddRequest. */
        class BeamlineQueueAddRequest {

            /**
             * Constructs a new BeamlineQueueAddRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.BeamlineQueueAddRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BeamlineQueueAddRequest beamline. */
            beamline: string;

            /** BeamlineQueueAddRequest item. */
            item?: (brightline.v1.QueueItem.$Properties|null);

            /** BeamlineQueueAddRequest position. */
            position?: (number|null);

            /** BeamlineQueueAddRequest placement. */
            placement?: "position";

            /**
             * Creates a new BeamlineQueueAddRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BeamlineQueueAddRequest instance
             */
            static create(properties: brightline.v1.BeamlineQueueAddRequest.$Shape): brightline.v1.BeamlineQueueAddRequest & brightline.v1.BeamlineQueueAddRequest.$Shape;
            static create(properties?: brightline.v1.BeamlineQueueAddRequest.$Properties): brightline.v1.BeamlineQueueAddRequest;

            /**
             * Encodes the specified BeamlineQueueAddRequest message. Does not implicitly {@link brightline.v1.BeamlineQueueAddRequest.verify|verify} messages.
             * @param message BeamlineQueueAddRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.BeamlineQueueAddRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BeamlineQueueAddRequest message, length delimited. Does not implicitly {@link brightline.v1.BeamlineQueueAddRequest.verify|verify} messages.
             * @param message BeamlineQueueAddRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.BeamlineQueueAddRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BeamlineQueueAddRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.BeamlineQueueAddRequest & brightline.v1.BeamlineQueueAddRequest.$Shape} BeamlineQueueAddRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.BeamlineQueueAddRequest & brightline.v1.BeamlineQueueAddRequest.$Shape;

            /**
             * Decodes a BeamlineQueueAddRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.BeamlineQueueAddRequest & brightline.v1.BeamlineQueueAddRequest.$Shape} BeamlineQueueAddRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.BeamlineQueueAddRequest & brightline.v1.BeamlineQueueAddRequest.$Shape;

            /**
             * Verifies a BeamlineQueueAddRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BeamlineQueueAddRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BeamlineQueueAddRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.BeamlineQueueAddRequest;

            /**
             * Creates a plain object from a BeamlineQueueAddRequest message. Also converts values to other types if specified.
             * @param message BeamlineQueueAddRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.BeamlineQueueAddRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BeamlineQueueAddRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BeamlineQueueAddRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BeamlineQueueAddRequest {

            /** Properties of a BeamlineQueueAddRequest. */
            interface $Properties {

                /** BeamlineQueueAddRequest beamline */
                beamline?: (string|null);

                /** BeamlineQueueAddRequest item */
                item?: (brightline.v1.QueueItem.$Properties|null);

                /** BeamlineQueueAddRequest position */
                position?: (number|null);

                /** BeamlineQueueAddRequest placement */
                placement?: "position";

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a BeamlineQueueAddRequest. */
            type $Shape = {
              beamline?: string|null;
              item?: brightline.v1.QueueItem.$Shape|null;
              position?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ placement?: undefined; position?: null }|{ placement?: "position"; position: number })
            );
        }

        /**
         * Properties of a BeamlineQueueMoveRequest.
         * @deprecated Use brightline.v1.BeamlineQueueMoveRequest.$Properties instead.
         */
        interface IBeamlineQueueMoveRequest extends brightline.v1.BeamlineQueueMoveRequest.$Properties {
        }

        /** Represents a BeamlineQueueMoveRequest. */
        class BeamlineQueueMoveRequest {

            /**
             * Constructs a new BeamlineQueueMoveRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.BeamlineQueueMoveRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BeamlineQueueMoveRequest beamline. */
            beamline: string;

            /** BeamlineQueueMoveRequest item_uid. */
            item_uid: string;

            /** BeamlineQueueMoveRequest position. */
            position: number;

            /**
             * Creates a new BeamlineQueueMoveRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BeamlineQueueMoveRequest instance
             */
            static create(properties: brightline.v1.BeamlineQueueMoveRequest.$Shape): brightline.v1.BeamlineQueueMoveRequest & brightline.v1.BeamlineQueueMoveRequest.$Shape;
            static create(properties?: brightline.v1.BeamlineQueueMoveRequest.$Properties): brightline.v1.BeamlineQueueMoveRequest;

            /**
             * Encodes the specified BeamlineQueueMoveRequest message. Does not implicitly {@link brightline.v1.BeamlineQueueMoveRequest.verify|verify} messages.
             * @param message BeamlineQueueMoveRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.BeamlineQueueMoveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BeamlineQueueMoveRequest message, length delimited. Does not implicitly {@link brightline.v1.BeamlineQueueMoveRequest.verify|verify} messages.
             * @param message BeamlineQueueMoveRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.BeamlineQueueMoveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BeamlineQueueMoveRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.BeamlineQueueMoveRequest & brightline.v1.BeamlineQueueMoveRequest.$Shape} BeamlineQueueMoveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.BeamlineQueueMoveRequest & brightline.v1.BeamlineQueueMoveRequest.$Shape;

            /**
             * Decodes a BeamlineQueueMoveRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.BeamlineQueueMoveRequest & brightline.v1.BeamlineQueueMoveRequest.$Shape} BeamlineQueueMoveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.BeamlineQueueMoveRequest & brightline.v1.BeamlineQueueMoveRequest.$Shape;

            /**
             * Verifies a BeamlineQueueMoveRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BeamlineQueueMoveRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BeamlineQueueMoveRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.BeamlineQueueMoveRequest;

            /**
             * Creates a plain object from a BeamlineQueueMoveRequest message. Also converts values to other types if specified.
             * @param message BeamlineQueueMoveRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.BeamlineQueueMoveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BeamlineQueueMoveRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BeamlineQueueMoveRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BeamlineQueueMoveRequest {

            /** Properties of a BeamlineQueueMoveRequest. */
            interface $Properties {

                /** BeamlineQueueMoveRequest beamline */
                beamline?: (string|null);

                /** BeamlineQueueMoveRequest item_uid */
                item_uid?: (string|null);

                /** BeamlineQueueMoveRequest position */
                position?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BeamlineQueueMoveRequest. */
            type $Shape = brightline.v1.BeamlineQueueMoveRequest.$Properties;
        }

        /**
         * Properties of a BeamlineQueueItemRef.
         * @deprecated Use brightline.v1.BeamlineQueueItemRef.$Properties instead.
         */
        interface IBeamlineQueueItemRef extends brightline.v1.BeamlineQueueItemRef.$Properties {
        }

        /** Represents a BeamlineQueueItemRef. */
        class BeamlineQueueItemRef {

            /**
             * Constructs a new BeamlineQueueItemRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.BeamlineQueueItemRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BeamlineQueueItemRef beamline. */
            beamline: string;

            /** BeamlineQueueItemRef item_uid. */
            item_uid: string;

            /**
             * Creates a new BeamlineQueueItemRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BeamlineQueueItemRef instance
             */
            static create(properties: brightline.v1.BeamlineQueueItemRef.$Shape): brightline.v1.BeamlineQueueItemRef & brightline.v1.BeamlineQueueItemRef.$Shape;
            static create(properties?: brightline.v1.BeamlineQueueItemRef.$Properties): brightline.v1.BeamlineQueueItemRef;

            /**
             * Encodes the specified BeamlineQueueItemRef message. Does not implicitly {@link brightline.v1.BeamlineQueueItemRef.verify|verify} messages.
             * @param message BeamlineQueueItemRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.BeamlineQueueItemRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BeamlineQueueItemRef message, length delimited. Does not implicitly {@link brightline.v1.BeamlineQueueItemRef.verify|verify} messages.
             * @param message BeamlineQueueItemRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.BeamlineQueueItemRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BeamlineQueueItemRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.BeamlineQueueItemRef & brightline.v1.BeamlineQueueItemRef.$Shape} BeamlineQueueItemRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.BeamlineQueueItemRef & brightline.v1.BeamlineQueueItemRef.$Shape;

            /**
             * Decodes a BeamlineQueueItemRef message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.BeamlineQueueItemRef & brightline.v1.BeamlineQueueItemRef.$Shape} BeamlineQueueItemRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.BeamlineQueueItemRef & brightline.v1.BeamlineQueueItemRef.$Shape;

            /**
             * Verifies a BeamlineQueueItemRef message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BeamlineQueueItemRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BeamlineQueueItemRef
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.BeamlineQueueItemRef;

            /**
             * Creates a plain object from a BeamlineQueueItemRef message. Also converts values to other types if specified.
             * @param message BeamlineQueueItemRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.BeamlineQueueItemRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BeamlineQueueItemRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BeamlineQueueItemRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BeamlineQueueItemRef {

            /** Properties of a BeamlineQueueItemRef. */
            interface $Properties {

                /** BeamlineQueueItemRef beamline */
                beamline?: (string|null);

                /** BeamlineQueueItemRef item_uid */
                item_uid?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BeamlineQueueItemRef. */
            type $Shape = brightline.v1.BeamlineQueueItemRef.$Properties;
        }

        /**
         * Properties of a BeamlineHistoryRequest.
         * @deprecated Use brightline.v1.BeamlineHistoryRequest.$Properties instead.
         */
        interface IBeamlineHistoryRequest extends brightline.v1.BeamlineHistoryRequest.$Properties {
        }

        /** Represents a BeamlineHistoryRequest. */
        class BeamlineHistoryRequest {

            /**
             * Constructs a new BeamlineHistoryRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.BeamlineHistoryRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BeamlineHistoryRequest beamline. */
            beamline: string;

            /** BeamlineHistoryRequest limit. */
            limit: number;

            /**
             * Creates a new BeamlineHistoryRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BeamlineHistoryRequest instance
             */
            static create(properties: brightline.v1.BeamlineHistoryRequest.$Shape): brightline.v1.BeamlineHistoryRequest & brightline.v1.BeamlineHistoryRequest.$Shape;
            static create(properties?: brightline.v1.BeamlineHistoryRequest.$Properties): brightline.v1.BeamlineHistoryRequest;

            /**
             * Encodes the specified BeamlineHistoryRequest message. Does not implicitly {@link brightline.v1.BeamlineHistoryRequest.verify|verify} messages.
             * @param message BeamlineHistoryRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.BeamlineHistoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BeamlineHistoryRequest message, length delimited. Does not implicitly {@link brightline.v1.BeamlineHistoryRequest.verify|verify} messages.
             * @param message BeamlineHistoryRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.BeamlineHistoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BeamlineHistoryRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.BeamlineHistoryRequest & brightline.v1.BeamlineHistoryRequest.$Shape} BeamlineHistoryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.BeamlineHistoryRequest & brightline.v1.BeamlineHistoryRequest.$Shape;

            /**
             * Decodes a BeamlineHistoryRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.BeamlineHistoryRequest & brightline.v1.BeamlineHistoryRequest.$Shape} BeamlineHistoryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.BeamlineHistoryRequest & brightline.v1.BeamlineHistoryRequest.$Shape;

            /**
             * Verifies a BeamlineHistoryRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BeamlineHistoryRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BeamlineHistoryRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.BeamlineHistoryRequest;

            /**
             * Creates a plain object from a BeamlineHistoryRequest message. Also converts values to other types if specified.
             * @param message BeamlineHistoryRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.BeamlineHistoryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BeamlineHistoryRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BeamlineHistoryRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BeamlineHistoryRequest {

            /** Properties of a BeamlineHistoryRequest. */
            interface $Properties {

                /** BeamlineHistoryRequest beamline */
                beamline?: (string|null);

                /** BeamlineHistoryRequest limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BeamlineHistoryRequest. */
            type $Shape = brightline.v1.BeamlineHistoryRequest.$Properties;
        }

        /**
         * Properties of a RunSummary.
         * @deprecated Use brightline.v1.RunSummary.$Properties instead.
         */
        interface IRunSummary extends brightline.v1.RunSummary.$Properties {
        }

        /** Represents a RunSummary. */
        class RunSummary {

            /**
             * Constructs a new RunSummary.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.RunSummary.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunSummary beamline. */
            beamline: string;

            /** RunSummary run_uid. */
            run_uid: string;

            /** RunSummary scan_id. */
            scan_id: number;

            /** RunSummary plan_name. */
            plan_name: string;

            /** RunSummary plan_item_uid. */
            plan_item_uid: string;

            /** RunSummary user. */
            user: string;

            /** RunSummary time. */
            time: number;

            /** RunSummary exit_status. */
            exit_status: string;

            /** RunSummary reason. */
            reason: string;

            /** RunSummary num_events. */
            num_events: number;

            /** RunSummary stop_time. */
            stop_time: number;

            /** RunSummary start_json. */
            start_json: string;

            /**
             * Creates a new RunSummary instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunSummary instance
             */
            static create(properties: brightline.v1.RunSummary.$Shape): brightline.v1.RunSummary & brightline.v1.RunSummary.$Shape;
            static create(properties?: brightline.v1.RunSummary.$Properties): brightline.v1.RunSummary;

            /**
             * Encodes the specified RunSummary message. Does not implicitly {@link brightline.v1.RunSummary.verify|verify} messages.
             * @param message RunSummary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.RunSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunSummary message, length delimited. Does not implicitly {@link brightline.v1.RunSummary.verify|verify} messages.
             * @param message RunSummary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.RunSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunSummary message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.RunSummary & brightline.v1.RunSummary.$Shape} RunSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.RunSummary & brightline.v1.RunSummary.$Shape;

            /**
             * Decodes a RunSummary message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.RunSummary & brightline.v1.RunSummary.$Shape} RunSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.RunSummary & brightline.v1.RunSummary.$Shape;

            /**
             * Verifies a RunSummary message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RunSummary message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunSummary
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.RunSummary;

            /**
             * Creates a plain object from a RunSummary message. Also converts values to other types if specified.
             * @param message RunSummary
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.RunSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunSummary to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunSummary
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunSummary {

            /** Properties of a RunSummary. */
            interface $Properties {

                /** RunSummary beamline */
                beamline?: (string|null);

                /** RunSummary run_uid */
                run_uid?: (string|null);

                /** RunSummary scan_id */
                scan_id?: (number|null);

                /** RunSummary plan_name */
                plan_name?: (string|null);

                /** RunSummary plan_item_uid */
                plan_item_uid?: (string|null);

                /** RunSummary user */
                user?: (string|null);

                /** RunSummary time */
                time?: (number|null);

                /** RunSummary exit_status */
                exit_status?: (string|null);

                /** RunSummary reason */
                reason?: (string|null);

                /** RunSummary num_events */
                num_events?: (number|null);

                /** RunSummary stop_time */
                stop_time?: (number|null);

                /** RunSummary start_json */
                start_json?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunSummary. */
            type $Shape = brightline.v1.RunSummary.$Properties;
        }

        /**
         * Properties of a ListRunsRequest.
         * @deprecated Use brightline.v1.ListRunsRequest.$Properties instead.
         */
        interface IListRunsRequest extends brightline.v1.ListRunsRequest.$Properties {
        }

        /** Represents a ListRunsRequest. */
        class ListRunsRequest {

            /**
             * Constructs a new ListRunsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.ListRunsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListRunsRequest beamline. */
            beamline: string;

            /** ListRunsRequest limit. */
            limit: number;

            /**
             * Creates a new ListRunsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListRunsRequest instance
             */
            static create(properties: brightline.v1.ListRunsRequest.$Shape): brightline.v1.ListRunsRequest & brightline.v1.ListRunsRequest.$Shape;
            static create(properties?: brightline.v1.ListRunsRequest.$Properties): brightline.v1.ListRunsRequest;

            /**
             * Encodes the specified ListRunsRequest message. Does not implicitly {@link brightline.v1.ListRunsRequest.verify|verify} messages.
             * @param message ListRunsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.ListRunsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListRunsRequest message, length delimited. Does not implicitly {@link brightline.v1.ListRunsRequest.verify|verify} messages.
             * @param message ListRunsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.ListRunsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListRunsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.ListRunsRequest & brightline.v1.ListRunsRequest.$Shape} ListRunsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.ListRunsRequest & brightline.v1.ListRunsRequest.$Shape;

            /**
             * Decodes a ListRunsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.ListRunsRequest & brightline.v1.ListRunsRequest.$Shape} ListRunsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.ListRunsRequest & brightline.v1.ListRunsRequest.$Shape;

            /**
             * Verifies a ListRunsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListRunsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListRunsRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.ListRunsRequest;

            /**
             * Creates a plain object from a ListRunsRequest message. Also converts values to other types if specified.
             * @param message ListRunsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.ListRunsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListRunsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListRunsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListRunsRequest {

            /** Properties of a ListRunsRequest. */
            interface $Properties {

                /** ListRunsRequest beamline */
                beamline?: (string|null);

                /** ListRunsRequest limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListRunsRequest. */
            type $Shape = brightline.v1.ListRunsRequest.$Properties;
        }

        /**
         * Properties of a ListRunsReply.
         * @deprecated Use brightline.v1.ListRunsReply.$Properties instead.
         */
        interface IListRunsReply extends brightline.v1.ListRunsReply.$Properties {
        }

        /** Represents a ListRunsReply. */
        class ListRunsReply {

            /**
             * Constructs a new ListRunsReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.ListRunsReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListRunsReply runs. */
            runs: brightline.v1.RunSummary.$Properties[];

            /** ListRunsReply total. */
            total: number;

            /**
             * Creates a new ListRunsReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListRunsReply instance
             */
            static create(properties: brightline.v1.ListRunsReply.$Shape): brightline.v1.ListRunsReply & brightline.v1.ListRunsReply.$Shape;
            static create(properties?: brightline.v1.ListRunsReply.$Properties): brightline.v1.ListRunsReply;

            /**
             * Encodes the specified ListRunsReply message. Does not implicitly {@link brightline.v1.ListRunsReply.verify|verify} messages.
             * @param message ListRunsReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.ListRunsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListRunsReply message, length delimited. Does not implicitly {@link brightline.v1.ListRunsReply.verify|verify} messages.
             * @param message ListRunsReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.ListRunsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListRunsReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.ListRunsReply & brightline.v1.ListRunsReply.$Shape} ListRunsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.ListRunsReply & brightline.v1.ListRunsReply.$Shape;

            /**
             * Decodes a ListRunsReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.ListRunsReply & brightline.v1.ListRunsReply.$Shape} ListRunsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.ListRunsReply & brightline.v1.ListRunsReply.$Shape;

            /**
             * Verifies a ListRunsReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListRunsReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListRunsReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.ListRunsReply;

            /**
             * Creates a plain object from a ListRunsReply message. Also converts values to other types if specified.
             * @param message ListRunsReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.ListRunsReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListRunsReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListRunsReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListRunsReply {

            /** Properties of a ListRunsReply. */
            interface $Properties {

                /** ListRunsReply runs */
                runs?: (brightline.v1.RunSummary.$Properties[]|null);

                /** ListRunsReply total */
                total?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListRunsReply. */
            type $Shape = brightline.v1.ListRunsReply.$Properties;
        }

        /**
         * Properties of a StreamDocumentsRequest.
         * @deprecated Use brightline.v1.StreamDocumentsRequest.$Properties instead.
         */
        interface IStreamDocumentsRequest extends brightline.v1.StreamDocumentsRequest.$Properties {
        }

        /** Represents a StreamDocumentsRequest. */
        class StreamDocumentsRequest {

            /**
             * Constructs a new StreamDocumentsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.StreamDocumentsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StreamDocumentsRequest beamline. */
            beamline: string;

            /** StreamDocumentsRequest run_uid. */
            run_uid: string;

            /** StreamDocumentsRequest live. */
            live: boolean;

            /**
             * Creates a new StreamDocumentsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StreamDocumentsRequest instance
             */
            static create(properties: brightline.v1.StreamDocumentsRequest.$Shape): brightline.v1.StreamDocumentsRequest & brightline.v1.StreamDocumentsRequest.$Shape;
            static create(properties?: brightline.v1.StreamDocumentsRequest.$Properties): brightline.v1.StreamDocumentsRequest;

            /**
             * Encodes the specified StreamDocumentsRequest message. Does not implicitly {@link brightline.v1.StreamDocumentsRequest.verify|verify} messages.
             * @param message StreamDocumentsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.StreamDocumentsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StreamDocumentsRequest message, length delimited. Does not implicitly {@link brightline.v1.StreamDocumentsRequest.verify|verify} messages.
             * @param message StreamDocumentsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.StreamDocumentsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StreamDocumentsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.StreamDocumentsRequest & brightline.v1.StreamDocumentsRequest.$Shape} StreamDocumentsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.StreamDocumentsRequest & brightline.v1.StreamDocumentsRequest.$Shape;

            /**
             * Decodes a StreamDocumentsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.StreamDocumentsRequest & brightline.v1.StreamDocumentsRequest.$Shape} StreamDocumentsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.StreamDocumentsRequest & brightline.v1.StreamDocumentsRequest.$Shape;

            /**
             * Verifies a StreamDocumentsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StreamDocumentsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StreamDocumentsRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.StreamDocumentsRequest;

            /**
             * Creates a plain object from a StreamDocumentsRequest message. Also converts values to other types if specified.
             * @param message StreamDocumentsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.StreamDocumentsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StreamDocumentsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StreamDocumentsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamDocumentsRequest {

            /** Properties of a StreamDocumentsRequest. */
            interface $Properties {

                /** StreamDocumentsRequest beamline */
                beamline?: (string|null);

                /** StreamDocumentsRequest run_uid */
                run_uid?: (string|null);

                /** StreamDocumentsRequest live */
                live?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StreamDocumentsRequest. */
            type $Shape = brightline.v1.StreamDocumentsRequest.$Properties;
        }

        /**
         * Properties of a SubmitPlanRequest.
         * @deprecated Use brightline.v1.SubmitPlanRequest.$Properties instead.
         */
        interface ISubmitPlanRequest extends brightline.v1.SubmitPlanRequest.$Properties {
        }

        /** Represents a SubmitPlanRequest. */
        class SubmitPlanRequest {

            /**
             * Constructs a new SubmitPlanRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.SubmitPlanRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubmitPlanRequest plan_name. */
            plan_name: string;

            /** SubmitPlanRequest args. */
            args: { [k: string]: brightline.v1.Value.$Properties };

            /** SubmitPlanRequest metadata. */
            metadata: { [k: string]: brightline.v1.Value.$Properties };

            /** SubmitPlanRequest user. */
            user: string;

            /** SubmitPlanRequest baseline. */
            baseline: string[];

            /** SubmitPlanRequest monitor. */
            monitor: string[];

            /**
             * Creates a new SubmitPlanRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubmitPlanRequest instance
             */
            static create(properties: brightline.v1.SubmitPlanRequest.$Shape): brightline.v1.SubmitPlanRequest & brightline.v1.SubmitPlanRequest.$Shape;
            static create(properties?: brightline.v1.SubmitPlanRequest.$Properties): brightline.v1.SubmitPlanRequest;

            /**
             * Encodes the specified SubmitPlanRequest message. Does not implicitly {@link brightline.v1.SubmitPlanRequest.verify|verify} messages.
             * @param message SubmitPlanRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.SubmitPlanRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubmitPlanRequest message, length delimited. Does not implicitly {@link brightline.v1.SubmitPlanRequest.verify|verify} messages.
             * @param message SubmitPlanRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.SubmitPlanRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubmitPlanRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.SubmitPlanRequest & brightline.v1.SubmitPlanRequest.$Shape} SubmitPlanRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.SubmitPlanRequest & brightline.v1.SubmitPlanRequest.$Shape;

            /**
             * Decodes a SubmitPlanRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.SubmitPlanRequest & brightline.v1.SubmitPlanRequest.$Shape} SubmitPlanRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.SubmitPlanRequest & brightline.v1.SubmitPlanRequest.$Shape;

            /**
             * Verifies a SubmitPlanRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubmitPlanRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubmitPlanRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.SubmitPlanRequest;

            /**
             * Creates a plain object from a SubmitPlanRequest message. Also converts values to other types if specified.
             * @param message SubmitPlanRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.SubmitPlanRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubmitPlanRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubmitPlanRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubmitPlanRequest {

            /** Properties of a SubmitPlanRequest. */
            interface $Properties {

                /** SubmitPlanRequest plan_name */
                plan_name?: (string|null);

                /** SubmitPlanRequest args */
                args?: ({ [k: string]: brightline.v1.Value.$Properties }|null);

                /** SubmitPlanRequest metadata */
                metadata?: ({ [k: string]: brightline.v1.Value.$Properties }|null);

                /** SubmitPlanRequest user */
                user?: (string|null);

                /** SubmitPlanRequest baseline */
                baseline?: (string[]|null);

                /** SubmitPlanRequest monitor */
                monitor?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubmitPlanRequest. */
            type $Shape = {
              plan_name?: string|null;
              args?: { [k: string]: brightline.v1.Value.$Shape }|null;
              metadata?: { [k: string]: brightline.v1.Value.$Shape }|null;
              user?: string|null;
              baseline?: string[]|null;
              monitor?: string[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a SubmitPlanReply.
         * @deprecated Use brightline.v1.SubmitPlanReply.$Properties instead.
         */
        interface ISubmitPlanReply extends brightline.v1.SubmitPlanReply.$Properties {
        }

        /** Represents a SubmitPlanReply. */
        class SubmitPlanReply {

            /**
             * Constructs a new SubmitPlanReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.SubmitPlanReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubmitPlanReply item_uid. */
            item_uid: string;

            /** SubmitPlanReply position. */
            position: number;

            /** SubmitPlanReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new SubmitPlanReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubmitPlanReply instance
             */
            static create(properties: brightline.v1.SubmitPlanReply.$Shape): brightline.v1.SubmitPlanReply & brightline.v1.SubmitPlanReply.$Shape;
            static create(properties?: brightline.v1.SubmitPlanReply.$Properties): brightline.v1.SubmitPlanReply;

            /**
             * Encodes the specified SubmitPlanReply message. Does not implicitly {@link brightline.v1.SubmitPlanReply.verify|verify} messages.
             * @param message SubmitPlanReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.SubmitPlanReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubmitPlanReply message, length delimited. Does not implicitly {@link brightline.v1.SubmitPlanReply.verify|verify} messages.
             * @param message SubmitPlanReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.SubmitPlanReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubmitPlanReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.SubmitPlanReply & brightline.v1.SubmitPlanReply.$Shape} SubmitPlanReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.SubmitPlanReply & brightline.v1.SubmitPlanReply.$Shape;

            /**
             * Decodes a SubmitPlanReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.SubmitPlanReply & brightline.v1.SubmitPlanReply.$Shape} SubmitPlanReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.SubmitPlanReply & brightline.v1.SubmitPlanReply.$Shape;

            /**
             * Verifies a SubmitPlanReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubmitPlanReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubmitPlanReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.SubmitPlanReply;

            /**
             * Creates a plain object from a SubmitPlanReply message. Also converts values to other types if specified.
             * @param message SubmitPlanReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.SubmitPlanReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubmitPlanReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubmitPlanReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubmitPlanReply {

            /** Properties of a SubmitPlanReply. */
            interface $Properties {

                /** SubmitPlanReply item_uid */
                item_uid?: (string|null);

                /** SubmitPlanReply position */
                position?: (number|null);

                /** SubmitPlanReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubmitPlanReply. */
            type $Shape = brightline.v1.SubmitPlanReply.$Properties;
        }

        /**
         * Properties of a PlanControlRequest.
         * @deprecated Use brightline.v1.PlanControlRequest.$Properties instead.
         */
        interface IPlanControlRequest extends brightline.v1.PlanControlRequest.$Properties {
        }

        /** Represents a PlanControlRequest. */
        class PlanControlRequest {

            /**
             * Constructs a new PlanControlRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.PlanControlRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PlanControlRequest reason. */
            reason: string;

            /** PlanControlRequest immediate. */
            immediate: boolean;

            /** PlanControlRequest item_uid. */
            item_uid: string;

            /**
             * Creates a new PlanControlRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlanControlRequest instance
             */
            static create(properties: brightline.v1.PlanControlRequest.$Shape): brightline.v1.PlanControlRequest & brightline.v1.PlanControlRequest.$Shape;
            static create(properties?: brightline.v1.PlanControlRequest.$Properties): brightline.v1.PlanControlRequest;

            /**
             * Encodes the specified PlanControlRequest message. Does not implicitly {@link brightline.v1.PlanControlRequest.verify|verify} messages.
             * @param message PlanControlRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.PlanControlRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PlanControlRequest message, length delimited. Does not implicitly {@link brightline.v1.PlanControlRequest.verify|verify} messages.
             * @param message PlanControlRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.PlanControlRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlanControlRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.PlanControlRequest & brightline.v1.PlanControlRequest.$Shape} PlanControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.PlanControlRequest & brightline.v1.PlanControlRequest.$Shape;

            /**
             * Decodes a PlanControlRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.PlanControlRequest & brightline.v1.PlanControlRequest.$Shape} PlanControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.PlanControlRequest & brightline.v1.PlanControlRequest.$Shape;

            /**
             * Verifies a PlanControlRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PlanControlRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PlanControlRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.PlanControlRequest;

            /**
             * Creates a plain object from a PlanControlRequest message. Also converts values to other types if specified.
             * @param message PlanControlRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.PlanControlRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PlanControlRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PlanControlRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanControlRequest {

            /** Properties of a PlanControlRequest. */
            interface $Properties {

                /** PlanControlRequest reason */
                reason?: (string|null);

                /** PlanControlRequest immediate */
                immediate?: (boolean|null);

                /** PlanControlRequest item_uid */
                item_uid?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PlanControlRequest. */
            type $Shape = brightline.v1.PlanControlRequest.$Properties;
        }

        /**
         * Properties of a PlanControlReply.
         * @deprecated Use brightline.v1.PlanControlReply.$Properties instead.
         */
        interface IPlanControlReply extends brightline.v1.PlanControlReply.$Properties {
        }

        /** Represents a PlanControlReply. */
        class PlanControlReply {

            /**
             * Constructs a new PlanControlReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.PlanControlReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PlanControlReply state. */
            state: string;

            /** PlanControlReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new PlanControlReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlanControlReply instance
             */
            static create(properties: brightline.v1.PlanControlReply.$Shape): brightline.v1.PlanControlReply & brightline.v1.PlanControlReply.$Shape;
            static create(properties?: brightline.v1.PlanControlReply.$Properties): brightline.v1.PlanControlReply;

            /**
             * Encodes the specified PlanControlReply message. Does not implicitly {@link brightline.v1.PlanControlReply.verify|verify} messages.
             * @param message PlanControlReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.PlanControlReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PlanControlReply message, length delimited. Does not implicitly {@link brightline.v1.PlanControlReply.verify|verify} messages.
             * @param message PlanControlReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.PlanControlReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlanControlReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.PlanControlReply & brightline.v1.PlanControlReply.$Shape} PlanControlReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.PlanControlReply & brightline.v1.PlanControlReply.$Shape;

            /**
             * Decodes a PlanControlReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.PlanControlReply & brightline.v1.PlanControlReply.$Shape} PlanControlReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.PlanControlReply & brightline.v1.PlanControlReply.$Shape;

            /**
             * Verifies a PlanControlReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PlanControlReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PlanControlReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.PlanControlReply;

            /**
             * Creates a plain object from a PlanControlReply message. Also converts values to other types if specified.
             * @param message PlanControlReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.PlanControlReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PlanControlReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PlanControlReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanControlReply {

            /** Properties of a PlanControlReply. */
            interface $Properties {

                /** PlanControlReply state */
                state?: (string|null);

                /** PlanControlReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PlanControlReply. */
            type $Shape = brightline.v1.PlanControlReply.$Properties;
        }

        /**
         * Properties of a PlanStatusRequest.
         * @deprecated Use brightline.v1.PlanStatusRequest.$Properties instead.
         */
        interface IPlanStatusRequest extends brightline.v1.PlanStatusRequest.$Properties {
        }

        /** Represents a PlanStatusRequest. */
        class PlanStatusRequest {

            /**
             * Constructs a new PlanStatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.PlanStatusRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new PlanStatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlanStatusRequest instance
             */
            static create(properties: brightline.v1.PlanStatusRequest.$Shape): brightline.v1.PlanStatusRequest & brightline.v1.PlanStatusRequest.$Shape;
            static create(properties?: brightline.v1.PlanStatusRequest.$Properties): brightline.v1.PlanStatusRequest;

            /**
             * Encodes the specified PlanStatusRequest message. Does not implicitly {@link brightline.v1.PlanStatusRequest.verify|verify} messages.
             * @param message PlanStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.PlanStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PlanStatusRequest message, length delimited. Does not implicitly {@link brightline.v1.PlanStatusRequest.verify|verify} messages.
             * @param message PlanStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.PlanStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlanStatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.PlanStatusRequest & brightline.v1.PlanStatusRequest.$Shape} PlanStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.PlanStatusRequest & brightline.v1.PlanStatusRequest.$Shape;

            /**
             * Decodes a PlanStatusRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.PlanStatusRequest & brightline.v1.PlanStatusRequest.$Shape} PlanStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.PlanStatusRequest & brightline.v1.PlanStatusRequest.$Shape;

            /**
             * Verifies a PlanStatusRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PlanStatusRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PlanStatusRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.PlanStatusRequest;

            /**
             * Creates a plain object from a PlanStatusRequest message. Also converts values to other types if specified.
             * @param message PlanStatusRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.PlanStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PlanStatusRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PlanStatusRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanStatusRequest {

            /** Properties of a PlanStatusRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PlanStatusRequest. */
            type $Shape = brightline.v1.PlanStatusRequest.$Properties;
        }

        /**
         * Properties of a PlanStatus.
         * @deprecated Use brightline.v1.PlanStatus.$Properties instead.
         */
        interface IPlanStatus extends brightline.v1.PlanStatus.$Properties {
        }

        /** Represents a PlanStatus. */
        class PlanStatus {

            /**
             * Constructs a new PlanStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.PlanStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PlanStatus beamline. */
            beamline: string;

            /** PlanStatus state. */
            state: string;

            /** PlanStatus item_uid. */
            item_uid: string;

            /** PlanStatus plan_name. */
            plan_name: string;

            /** PlanStatus run_uids. */
            run_uids: string[];

            /** PlanStatus step. */
            step: number;

            /** PlanStatus total_steps. */
            total_steps: number;

            /** PlanStatus last_exit_status. */
            last_exit_status: string;

            /** PlanStatus last_reason. */
            last_reason: string;

            /** PlanStatus eta_s. */
            eta_s: number;

            /** PlanStatus reason. */
            reason: string;

            /** PlanStatus last_result_json. */
            last_result_json: string;

            /** PlanStatus queued. */
            queued: number;

            /** PlanStatus queue_started. */
            queue_started: boolean;

            /** PlanStatus error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new PlanStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlanStatus instance
             */
            static create(properties: brightline.v1.PlanStatus.$Shape): brightline.v1.PlanStatus & brightline.v1.PlanStatus.$Shape;
            static create(properties?: brightline.v1.PlanStatus.$Properties): brightline.v1.PlanStatus;

            /**
             * Encodes the specified PlanStatus message. Does not implicitly {@link brightline.v1.PlanStatus.verify|verify} messages.
             * @param message PlanStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.PlanStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PlanStatus message, length delimited. Does not implicitly {@link brightline.v1.PlanStatus.verify|verify} messages.
             * @param message PlanStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.PlanStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlanStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.PlanStatus & brightline.v1.PlanStatus.$Shape} PlanStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.PlanStatus & brightline.v1.PlanStatus.$Shape;

            /**
             * Decodes a PlanStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.PlanStatus & brightline.v1.PlanStatus.$Shape} PlanStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.PlanStatus & brightline.v1.PlanStatus.$Shape;

            /**
             * Verifies a PlanStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PlanStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PlanStatus
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.PlanStatus;

            /**
             * Creates a plain object from a PlanStatus message. Also converts values to other types if specified.
             * @param message PlanStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.PlanStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PlanStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PlanStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanStatus {

            /** Properties of a PlanStatus. */
            interface $Properties {

                /** PlanStatus beamline */
                beamline?: (string|null);

                /** PlanStatus state */
                state?: (string|null);

                /** PlanStatus item_uid */
                item_uid?: (string|null);

                /** PlanStatus plan_name */
                plan_name?: (string|null);

                /** PlanStatus run_uids */
                run_uids?: (string[]|null);

                /** PlanStatus step */
                step?: (number|null);

                /** PlanStatus total_steps */
                total_steps?: (number|null);

                /** PlanStatus last_exit_status */
                last_exit_status?: (string|null);

                /** PlanStatus last_reason */
                last_reason?: (string|null);

                /** PlanStatus eta_s */
                eta_s?: (number|null);

                /** PlanStatus reason */
                reason?: (string|null);

                /** PlanStatus last_result_json */
                last_result_json?: (string|null);

                /** PlanStatus queued */
                queued?: (number|null);

                /** PlanStatus queue_started */
                queue_started?: (boolean|null);

                /** PlanStatus error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PlanStatus. */
            type $Shape = brightline.v1.PlanStatus.$Properties;
        }

        /**
         * Properties of a QueueItem.
         * @deprecated Use brightline.v1.QueueItem.$Properties instead.
         */
        interface IQueueItem extends brightline.v1.QueueItem.$Properties {
        }

        /** Represents a QueueItem. */
        class QueueItem {

            /**
             * Constructs a new QueueItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.QueueItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueItem item_uid. */
            item_uid: string;

            /** QueueItem plan_name. */
            plan_name: string;

            /** QueueItem args. */
            args: { [k: string]: brightline.v1.Value.$Properties };

            /** QueueItem metadata. */
            metadata: { [k: string]: brightline.v1.Value.$Properties };

            /** QueueItem user. */
            user: string;

            /** QueueItem added_at. */
            added_at: number;

            /** QueueItem baseline. */
            baseline: string[];

            /** QueueItem monitor. */
            monitor: string[];

            /** QueueItem trace_parent. */
            trace_parent: string;

            /**
             * Creates a new QueueItem instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueItem instance
             */
            static create(properties: brightline.v1.QueueItem.$Shape): brightline.v1.QueueItem & brightline.v1.QueueItem.$Shape;
            static create(properties?: brightline.v1.QueueItem.$Properties): brightline.v1.QueueItem;

            /**
             * Encodes the specified QueueItem message. Does not implicitly {@link brightline.v1.QueueItem.verify|verify} messages.
             * @param message QueueItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.QueueItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueueItem message, length delimited. Does not implicitly {@link brightline.v1.QueueItem.verify|verify} messages.
             * @param message QueueItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.QueueItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.QueueItem & brightline.v1.QueueItem.$Shape} QueueItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.QueueItem & brightline.v1.QueueItem.$Shape;

            /**
             * Decodes a QueueItem message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.QueueItem & brightline.v1.QueueItem.$Shape} QueueItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.QueueItem & brightline.v1.QueueItem.$Shape;

            /**
             * Verifies a QueueItem message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueueItem message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueueItem
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.QueueItem;

            /**
             * Creates a plain object from a QueueItem message. Also converts values to other types if specified.
             * @param message QueueItem
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.QueueItem, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueItem to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueItem
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueItem {

            /** Properties of a QueueItem. */
            interface $Properties {

                /** QueueItem item_uid */
                item_uid?: (string|null);

                /** QueueItem plan_name */
                plan_name?: (string|null);

                /** QueueItem args */
                args?: ({ [k: string]: brightline.v1.Value.$Properties }|null);

                /** QueueItem metadata */
                metadata?: ({ [k: string]: brightline.v1.Value.$Properties }|null);

                /** QueueItem user */
                user?: (string|null);

                /** QueueItem added_at */
                added_at?: (number|null);

                /** QueueItem baseline */
                baseline?: (string[]|null);

                /** QueueItem monitor */
                monitor?: (string[]|null);

                /** QueueItem trace_parent */
                trace_parent?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueItem. */
            type $Shape = {
              item_uid?: string|null;
              plan_name?: string|null;
              args?: { [k: string]: brightline.v1.Value.$Shape }|null;
              metadata?: { [k: string]: brightline.v1.Value.$Shape }|null;
              user?: string|null;
              added_at?: number|null;
              baseline?: string[]|null;
              monitor?: string[]|null;
              trace_parent?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a QueueState.
         * @deprecated Use brightline.v1.QueueState.$Properties instead.
         */
        interface IQueueState extends brightline.v1.QueueState.$Properties {
        }

        /** Represents a QueueState. */
        class QueueState {

            /**
             * Constructs a new QueueState.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.QueueState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueState items. */
            items: brightline.v1.QueueItem.$Properties[];

            /** QueueState started. */
            started: boolean;

            /** QueueState running_item_uid. */
            running_item_uid: string;

            /**
             * Creates a new QueueState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueState instance
             */
            static create(properties: brightline.v1.QueueState.$Shape): brightline.v1.QueueState & brightline.v1.QueueState.$Shape;
            static create(properties?: brightline.v1.QueueState.$Properties): brightline.v1.QueueState;

            /**
             * Encodes the specified QueueState message. Does not implicitly {@link brightline.v1.QueueState.verify|verify} messages.
             * @param message QueueState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.QueueState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueueState message, length delimited. Does not implicitly {@link brightline.v1.QueueState.verify|verify} messages.
             * @param message QueueState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.QueueState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.QueueState & brightline.v1.QueueState.$Shape} QueueState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.QueueState & brightline.v1.QueueState.$Shape;

            /**
             * Decodes a QueueState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.QueueState & brightline.v1.QueueState.$Shape} QueueState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.QueueState & brightline.v1.QueueState.$Shape;

            /**
             * Verifies a QueueState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueueState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueueState
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.QueueState;

            /**
             * Creates a plain object from a QueueState message. Also converts values to other types if specified.
             * @param message QueueState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.QueueState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueState {

            /** Properties of a QueueState. */
            interface $Properties {

                /** QueueState items */
                items?: (brightline.v1.QueueItem.$Properties[]|null);

                /** QueueState started */
                started?: (boolean|null);

                /** QueueState running_item_uid */
                running_item_uid?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueState. */
            type $Shape = {
              items?: brightline.v1.QueueItem.$Shape[]|null;
              started?: boolean|null;
              running_item_uid?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a HistoryEntry.
         * @deprecated Use brightline.v1.HistoryEntry.$Properties instead.
         */
        interface IHistoryEntry extends brightline.v1.HistoryEntry.$Properties {
        }

        /** Represents a HistoryEntry. */
        class HistoryEntry {

            /**
             * Constructs a new HistoryEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.HistoryEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HistoryEntry item. */
            item?: (brightline.v1.QueueItem.$Properties|null);

            /** HistoryEntry exit_status. */
            exit_status: string;

            /** HistoryEntry reason. */
            reason: string;

            /** HistoryEntry run_uids. */
            run_uids: string[];

            /** HistoryEntry result_json. */
            result_json: string;

            /** HistoryEntry started_at. */
            started_at: number;

            /** HistoryEntry finished_at. */
            finished_at: number;

            /**
             * Creates a new HistoryEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HistoryEntry instance
             */
            static create(properties: brightline.v1.HistoryEntry.$Shape): brightline.v1.HistoryEntry & brightline.v1.HistoryEntry.$Shape;
            static create(properties?: brightline.v1.HistoryEntry.$Properties): brightline.v1.HistoryEntry;

            /**
             * Encodes the specified HistoryEntry message. Does not implicitly {@link brightline.v1.HistoryEntry.verify|verify} messages.
             * @param message HistoryEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.HistoryEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HistoryEntry message, length delimited. Does not implicitly {@link brightline.v1.HistoryEntry.verify|verify} messages.
             * @param message HistoryEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.HistoryEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HistoryEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.HistoryEntry & brightline.v1.HistoryEntry.$Shape} HistoryEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.HistoryEntry & brightline.v1.HistoryEntry.$Shape;

            /**
             * Decodes a HistoryEntry message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.HistoryEntry & brightline.v1.HistoryEntry.$Shape} HistoryEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.HistoryEntry & brightline.v1.HistoryEntry.$Shape;

            /**
             * Verifies a HistoryEntry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HistoryEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HistoryEntry
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.HistoryEntry;

            /**
             * Creates a plain object from a HistoryEntry message. Also converts values to other types if specified.
             * @param message HistoryEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.HistoryEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HistoryEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HistoryEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HistoryEntry {

            /** Properties of a HistoryEntry. */
            interface $Properties {

                /** HistoryEntry item */
                item?: (brightline.v1.QueueItem.$Properties|null);

                /** HistoryEntry exit_status */
                exit_status?: (string|null);

                /** HistoryEntry reason */
                reason?: (string|null);

                /** HistoryEntry run_uids */
                run_uids?: (string[]|null);

                /** HistoryEntry result_json */
                result_json?: (string|null);

                /** HistoryEntry started_at */
                started_at?: (number|null);

                /** HistoryEntry finished_at */
                finished_at?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HistoryEntry. */
            type $Shape = {
              item?: brightline.v1.QueueItem.$Shape|null;
              exit_status?: string|null;
              reason?: string|null;
              run_uids?: string[]|null;
              result_json?: string|null;
              started_at?: number|null;
              finished_at?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a RunningRecord.
         * @deprecated Use brightline.v1.RunningRecord.$Properties instead.
         */
        interface IRunningRecord extends brightline.v1.RunningRecord.$Properties {
        }

        /** Represents a RunningRecord. */
        class RunningRecord {

            /**
             * Constructs a new RunningRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.RunningRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunningRecord item. */
            item?: (brightline.v1.QueueItem.$Properties|null);

            /** RunningRecord run_uids. */
            run_uids: string[];

            /** RunningRecord started_at. */
            started_at: number;

            /** RunningRecord recovered_by. */
            recovered_by: string;

            /** RunningRecord recovery_claimed_at. */
            recovery_claimed_at: number;

            /**
             * Creates a new RunningRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunningRecord instance
             */
            static create(properties: brightline.v1.RunningRecord.$Shape): brightline.v1.RunningRecord & brightline.v1.RunningRecord.$Shape;
            static create(properties?: brightline.v1.RunningRecord.$Properties): brightline.v1.RunningRecord;

            /**
             * Encodes the specified RunningRecord message. Does not implicitly {@link brightline.v1.RunningRecord.verify|verify} messages.
             * @param message RunningRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.RunningRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunningRecord message, length delimited. Does not implicitly {@link brightline.v1.RunningRecord.verify|verify} messages.
             * @param message RunningRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.RunningRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunningRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.RunningRecord & brightline.v1.RunningRecord.$Shape} RunningRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.RunningRecord & brightline.v1.RunningRecord.$Shape;

            /**
             * Decodes a RunningRecord message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.RunningRecord & brightline.v1.RunningRecord.$Shape} RunningRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.RunningRecord & brightline.v1.RunningRecord.$Shape;

            /**
             * Verifies a RunningRecord message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RunningRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunningRecord
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.RunningRecord;

            /**
             * Creates a plain object from a RunningRecord message. Also converts values to other types if specified.
             * @param message RunningRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.RunningRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunningRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunningRecord
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunningRecord {

            /** Properties of a RunningRecord. */
            interface $Properties {

                /** RunningRecord item */
                item?: (brightline.v1.QueueItem.$Properties|null);

                /** RunningRecord run_uids */
                run_uids?: (string[]|null);

                /** RunningRecord started_at */
                started_at?: (number|null);

                /** RunningRecord recovered_by */
                recovered_by?: (string|null);

                /** RunningRecord recovery_claimed_at */
                recovery_claimed_at?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunningRecord. */
            type $Shape = {
              item?: brightline.v1.QueueItem.$Shape|null;
              run_uids?: string[]|null;
              started_at?: number|null;
              recovered_by?: string|null;
              recovery_claimed_at?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a QueueCounter.
         * @deprecated Use brightline.v1.QueueCounter.$Properties instead.
         */
        interface IQueueCounter extends brightline.v1.QueueCounter.$Properties {
        }

        /** Represents a QueueCounter. */
        class QueueCounter {

            /**
             * Constructs a new QueueCounter.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.QueueCounter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueCounter value. */
            value: number;

            /**
             * Creates a new QueueCounter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueCounter instance
             */
            static create(properties: brightline.v1.QueueCounter.$Shape): brightline.v1.QueueCounter & brightline.v1.QueueCounter.$Shape;
            static create(properties?: brightline.v1.QueueCounter.$Properties): brightline.v1.QueueCounter;

            /**
             * Encodes the specified QueueCounter message. Does not implicitly {@link brightline.v1.QueueCounter.verify|verify} messages.
             * @param message QueueCounter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.QueueCounter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueueCounter message, length delimited. Does not implicitly {@link brightline.v1.QueueCounter.verify|verify} messages.
             * @param message QueueCounter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.QueueCounter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueCounter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.QueueCounter & brightline.v1.QueueCounter.$Shape} QueueCounter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.QueueCounter & brightline.v1.QueueCounter.$Shape;

            /**
             * Decodes a QueueCounter message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.QueueCounter & brightline.v1.QueueCounter.$Shape} QueueCounter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.QueueCounter & brightline.v1.QueueCounter.$Shape;

            /**
             * Verifies a QueueCounter message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueueCounter message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueueCounter
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.QueueCounter;

            /**
             * Creates a plain object from a QueueCounter message. Also converts values to other types if specified.
             * @param message QueueCounter
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.QueueCounter, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueCounter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueCounter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueCounter {

            /** Properties of a QueueCounter. */
            interface $Properties {

                /** QueueCounter value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueCounter. */
            type $Shape = brightline.v1.QueueCounter.$Properties;
        }

        /**
         * Properties of a QueueAddRequest.
         * @deprecated Use brightline.v1.QueueAddRequest.$Properties instead.
         */
        interface IQueueAddRequest extends brightline.v1.QueueAddRequest.$Properties {
        }

        /** Represents a QueueAddRequest. */
        class QueueAddRequest {

            /**
             * Constructs a new QueueAddRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.QueueAddRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueAddRequest item. */
            item?: (brightline.v1.QueueItem.$Properties|null);

            /** QueueAddRequest position. */
            position?: (number|null);

            /** QueueAddRequest placement. */
            placement?: "position";

            /**
             * Creates a new QueueAddRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueAddRequest instance
             */
            static create(properties: brightline.v1.QueueAddRequest.$Shape): brightline.v1.QueueAddRequest & brightline.v1.QueueAddRequest.$Shape;
            static create(properties?: brightline.v1.QueueAddRequest.$Properties): brightline.v1.QueueAddRequest;

            /**
             * Encodes the specified QueueAddRequest message. Does not implicitly {@link brightline.v1.QueueAddRequest.verify|verify} messages.
             * @param message QueueAddRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.QueueAddRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueueAddRequest message, length delimited. Does not implicitly {@link brightline.v1.QueueAddRequest.verify|verify} messages.
             * @param message QueueAddRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.QueueAddRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueAddRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.QueueAddRequest & brightline.v1.QueueAddRequest.$Shape} QueueAddRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.QueueAddRequest & brightline.v1.QueueAddRequest.$Shape;

            /**
             * Decodes a QueueAddRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.QueueAddRequest & brightline.v1.QueueAddRequest.$Shape} QueueAddRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.QueueAddRequest & brightline.v1.QueueAddRequest.$Shape;

            /**
             * Verifies a QueueAddRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueueAddRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueueAddRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.QueueAddRequest;

            /**
             * Creates a plain object from a QueueAddRequest message. Also converts values to other types if specified.
             * @param message QueueAddRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.QueueAddRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueAddRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueAddRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueAddRequest {

            /** Properties of a QueueAddRequest. */
            interface $Properties {

                /** QueueAddRequest item */
                item?: (brightline.v1.QueueItem.$Properties|null);

                /** QueueAddRequest position */
                position?: (number|null);

                /** QueueAddRequest placement */
                placement?: "position";

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a QueueAddRequest. */
            type $Shape = {
              item?: brightline.v1.QueueItem.$Shape|null;
              position?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ placement?: undefined; position?: null }|{ placement?: "position"; position: number })
            );
        }

        /**
         * Properties of a QueueAddReply.
         * @deprecated Use brightline.v1.QueueAddReply.$Properties instead.
         */
        interface IQueueAddReply extends brightline.v1.QueueAddReply.$Properties {
        }

        /** Represents a QueueAddReply. */
        class QueueAddReply {

            /**
             * Constructs a new QueueAddReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.QueueAddReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueAddReply item_uid. */
            item_uid: string;

            /** QueueAddReply position. */
            position: number;

            /** QueueAddReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new QueueAddReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueAddReply instance
             */
            static create(properties: brightline.v1.QueueAddReply.$Shape): brightline.v1.QueueAddReply & brightline.v1.QueueAddReply.$Shape;
            static create(properties?: brightline.v1.QueueAddReply.$Properties): brightline.v1.QueueAddReply;

            /**
             * Encodes the specified QueueAddReply message. Does not implicitly {@link brightline.v1.QueueAddReply.verify|verify} messages.
             * @param message QueueAddReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.QueueAddReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueueAddReply message, length delimited. Does not implicitly {@link brightline.v1.QueueAddReply.verify|verify} messages.
             * @param message QueueAddReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.QueueAddReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueAddReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.QueueAddReply & brightline.v1.QueueAddReply.$Shape} QueueAddReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.QueueAddReply & brightline.v1.QueueAddReply.$Shape;

            /**
             * Decodes a QueueAddReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.QueueAddReply & brightline.v1.QueueAddReply.$Shape} QueueAddReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.QueueAddReply & brightline.v1.QueueAddReply.$Shape;

            /**
             * Verifies a QueueAddReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueueAddReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueueAddReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.QueueAddReply;

            /**
             * Creates a plain object from a QueueAddReply message. Also converts values to other types if specified.
             * @param message QueueAddReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.QueueAddReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueAddReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueAddReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueAddReply {

            /** Properties of a QueueAddReply. */
            interface $Properties {

                /** QueueAddReply item_uid */
                item_uid?: (string|null);

                /** QueueAddReply position */
                position?: (number|null);

                /** QueueAddReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueAddReply. */
            type $Shape = brightline.v1.QueueAddReply.$Properties;
        }

        /**
         * Properties of a QueueMoveRequest.
         * @deprecated Use brightline.v1.QueueMoveRequest.$Properties instead.
         */
        interface IQueueMoveRequest extends brightline.v1.QueueMoveRequest.$Properties {
        }

        /** Represents a QueueMoveRequest. */
        class QueueMoveRequest {

            /**
             * Constructs a new QueueMoveRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.QueueMoveRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueMoveRequest item_uid. */
            item_uid: string;

            /** QueueMoveRequest position. */
            position: number;

            /**
             * Creates a new QueueMoveRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueMoveRequest instance
             */
            static create(properties: brightline.v1.QueueMoveRequest.$Shape): brightline.v1.QueueMoveRequest & brightline.v1.QueueMoveRequest.$Shape;
            static create(properties?: brightline.v1.QueueMoveRequest.$Properties): brightline.v1.QueueMoveRequest;

            /**
             * Encodes the specified QueueMoveRequest message. Does not implicitly {@link brightline.v1.QueueMoveRequest.verify|verify} messages.
             * @param message QueueMoveRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.QueueMoveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueueMoveRequest message, length delimited. Does not implicitly {@link brightline.v1.QueueMoveRequest.verify|verify} messages.
             * @param message QueueMoveRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.QueueMoveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueMoveRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.QueueMoveRequest & brightline.v1.QueueMoveRequest.$Shape} QueueMoveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.QueueMoveRequest & brightline.v1.QueueMoveRequest.$Shape;

            /**
             * Decodes a QueueMoveRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.QueueMoveRequest & brightline.v1.QueueMoveRequest.$Shape} QueueMoveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.QueueMoveRequest & brightline.v1.QueueMoveRequest.$Shape;

            /**
             * Verifies a QueueMoveRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueueMoveRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueueMoveRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.QueueMoveRequest;

            /**
             * Creates a plain object from a QueueMoveRequest message. Also converts values to other types if specified.
             * @param message QueueMoveRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.QueueMoveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueMoveRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueMoveRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueMoveRequest {

            /** Properties of a QueueMoveRequest. */
            interface $Properties {

                /** QueueMoveRequest item_uid */
                item_uid?: (string|null);

                /** QueueMoveRequest position */
                position?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueMoveRequest. */
            type $Shape = brightline.v1.QueueMoveRequest.$Properties;
        }

        /**
         * Properties of a QueueRemoveRequest.
         * @deprecated Use brightline.v1.QueueRemoveRequest.$Properties instead.
         */
        interface IQueueRemoveRequest extends brightline.v1.QueueRemoveRequest.$Properties {
        }

        /** Represents a QueueRemoveRequest. */
        class QueueRemoveRequest {

            /**
             * Constructs a new QueueRemoveRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.QueueRemoveRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueRemoveRequest item_uid. */
            item_uid: string;

            /**
             * Creates a new QueueRemoveRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueRemoveRequest instance
             */
            static create(properties: brightline.v1.QueueRemoveRequest.$Shape): brightline.v1.QueueRemoveRequest & brightline.v1.QueueRemoveRequest.$Shape;
            static create(properties?: brightline.v1.QueueRemoveRequest.$Properties): brightline.v1.QueueRemoveRequest;

            /**
             * Encodes the specified QueueRemoveRequest message. Does not implicitly {@link brightline.v1.QueueRemoveRequest.verify|verify} messages.
             * @param message QueueRemoveRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.QueueRemoveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueueRemoveRequest message, length delimited. Does not implicitly {@link brightline.v1.QueueRemoveRequest.verify|verify} messages.
             * @param message QueueRemoveRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.QueueRemoveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueRemoveRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.QueueRemoveRequest & brightline.v1.QueueRemoveRequest.$Shape} QueueRemoveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.QueueRemoveRequest & brightline.v1.QueueRemoveRequest.$Shape;

            /**
             * Decodes a QueueRemoveRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.QueueRemoveRequest & brightline.v1.QueueRemoveRequest.$Shape} QueueRemoveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.QueueRemoveRequest & brightline.v1.QueueRemoveRequest.$Shape;

            /**
             * Verifies a QueueRemoveRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueueRemoveRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueueRemoveRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.QueueRemoveRequest;

            /**
             * Creates a plain object from a QueueRemoveRequest message. Also converts values to other types if specified.
             * @param message QueueRemoveRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.QueueRemoveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueRemoveRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueRemoveRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueRemoveRequest {

            /** Properties of a QueueRemoveRequest. */
            interface $Properties {

                /** QueueRemoveRequest item_uid */
                item_uid?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueRemoveRequest. */
            type $Shape = brightline.v1.QueueRemoveRequest.$Properties;
        }

        /**
         * Properties of a QueueClearRequest.
         * @deprecated Use brightline.v1.QueueClearRequest.$Properties instead.
         */
        interface IQueueClearRequest extends brightline.v1.QueueClearRequest.$Properties {
        }

        /** Represents a QueueClearRequest. */
        class QueueClearRequest {

            /**
             * Constructs a new QueueClearRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.QueueClearRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new QueueClearRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueClearRequest instance
             */
            static create(properties: brightline.v1.QueueClearRequest.$Shape): brightline.v1.QueueClearRequest & brightline.v1.QueueClearRequest.$Shape;
            static create(properties?: brightline.v1.QueueClearRequest.$Properties): brightline.v1.QueueClearRequest;

            /**
             * Encodes the specified QueueClearRequest message. Does not implicitly {@link brightline.v1.QueueClearRequest.verify|verify} messages.
             * @param message QueueClearRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.QueueClearRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueueClearRequest message, length delimited. Does not implicitly {@link brightline.v1.QueueClearRequest.verify|verify} messages.
             * @param message QueueClearRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.QueueClearRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueClearRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.QueueClearRequest & brightline.v1.QueueClearRequest.$Shape} QueueClearRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.QueueClearRequest & brightline.v1.QueueClearRequest.$Shape;

            /**
             * Decodes a QueueClearRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.QueueClearRequest & brightline.v1.QueueClearRequest.$Shape} QueueClearRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.QueueClearRequest & brightline.v1.QueueClearRequest.$Shape;

            /**
             * Verifies a QueueClearRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueueClearRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueueClearRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.QueueClearRequest;

            /**
             * Creates a plain object from a QueueClearRequest message. Also converts values to other types if specified.
             * @param message QueueClearRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.QueueClearRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueClearRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueClearRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueClearRequest {

            /** Properties of a QueueClearRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueClearRequest. */
            type $Shape = brightline.v1.QueueClearRequest.$Properties;
        }

        /**
         * Properties of a QueueListRequest.
         * @deprecated Use brightline.v1.QueueListRequest.$Properties instead.
         */
        interface IQueueListRequest extends brightline.v1.QueueListRequest.$Properties {
        }

        /** Represents a QueueListRequest. */
        class QueueListRequest {

            /**
             * Constructs a new QueueListRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.QueueListRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new QueueListRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueListRequest instance
             */
            static create(properties: brightline.v1.QueueListRequest.$Shape): brightline.v1.QueueListRequest & brightline.v1.QueueListRequest.$Shape;
            static create(properties?: brightline.v1.QueueListRequest.$Properties): brightline.v1.QueueListRequest;

            /**
             * Encodes the specified QueueListRequest message. Does not implicitly {@link brightline.v1.QueueListRequest.verify|verify} messages.
             * @param message QueueListRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.QueueListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueueListRequest message, length delimited. Does not implicitly {@link brightline.v1.QueueListRequest.verify|verify} messages.
             * @param message QueueListRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.QueueListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueListRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.QueueListRequest & brightline.v1.QueueListRequest.$Shape} QueueListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.QueueListRequest & brightline.v1.QueueListRequest.$Shape;

            /**
             * Decodes a QueueListRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.QueueListRequest & brightline.v1.QueueListRequest.$Shape} QueueListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.QueueListRequest & brightline.v1.QueueListRequest.$Shape;

            /**
             * Verifies a QueueListRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueueListRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueueListRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.QueueListRequest;

            /**
             * Creates a plain object from a QueueListRequest message. Also converts values to other types if specified.
             * @param message QueueListRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.QueueListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueListRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueListRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueListRequest {

            /** Properties of a QueueListRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueListRequest. */
            type $Shape = brightline.v1.QueueListRequest.$Properties;
        }

        /**
         * Properties of a QueueStartRequest.
         * @deprecated Use brightline.v1.QueueStartRequest.$Properties instead.
         */
        interface IQueueStartRequest extends brightline.v1.QueueStartRequest.$Properties {
        }

        /** Represents a QueueStartRequest. */
        class QueueStartRequest {

            /**
             * Constructs a new QueueStartRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.QueueStartRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new QueueStartRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueStartRequest instance
             */
            static create(properties: brightline.v1.QueueStartRequest.$Shape): brightline.v1.QueueStartRequest & brightline.v1.QueueStartRequest.$Shape;
            static create(properties?: brightline.v1.QueueStartRequest.$Properties): brightline.v1.QueueStartRequest;

            /**
             * Encodes the specified QueueStartRequest message. Does not implicitly {@link brightline.v1.QueueStartRequest.verify|verify} messages.
             * @param message QueueStartRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.QueueStartRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueueStartRequest message, length delimited. Does not implicitly {@link brightline.v1.QueueStartRequest.verify|verify} messages.
             * @param message QueueStartRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.QueueStartRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueStartRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.QueueStartRequest & brightline.v1.QueueStartRequest.$Shape} QueueStartRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.QueueStartRequest & brightline.v1.QueueStartRequest.$Shape;

            /**
             * Decodes a QueueStartRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.QueueStartRequest & brightline.v1.QueueStartRequest.$Shape} QueueStartRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.QueueStartRequest & brightline.v1.QueueStartRequest.$Shape;

            /**
             * Verifies a QueueStartRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueueStartRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueueStartRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.QueueStartRequest;

            /**
             * Creates a plain object from a QueueStartRequest message. Also converts values to other types if specified.
             * @param message QueueStartRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.QueueStartRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueStartRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueStartRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueStartRequest {

            /** Properties of a QueueStartRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueStartRequest. */
            type $Shape = brightline.v1.QueueStartRequest.$Properties;
        }

        /**
         * Properties of a QueueStopRequest.
         * @deprecated Use brightline.v1.QueueStopRequest.$Properties instead.
         */
        interface IQueueStopRequest extends brightline.v1.QueueStopRequest.$Properties {
        }

        /** Represents a QueueStopRequest. */
        class QueueStopRequest {

            /**
             * Constructs a new QueueStopRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.QueueStopRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new QueueStopRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueStopRequest instance
             */
            static create(properties: brightline.v1.QueueStopRequest.$Shape): brightline.v1.QueueStopRequest & brightline.v1.QueueStopRequest.$Shape;
            static create(properties?: brightline.v1.QueueStopRequest.$Properties): brightline.v1.QueueStopRequest;

            /**
             * Encodes the specified QueueStopRequest message. Does not implicitly {@link brightline.v1.QueueStopRequest.verify|verify} messages.
             * @param message QueueStopRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.QueueStopRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueueStopRequest message, length delimited. Does not implicitly {@link brightline.v1.QueueStopRequest.verify|verify} messages.
             * @param message QueueStopRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.QueueStopRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueStopRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.QueueStopRequest & brightline.v1.QueueStopRequest.$Shape} QueueStopRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.QueueStopRequest & brightline.v1.QueueStopRequest.$Shape;

            /**
             * Decodes a QueueStopRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.QueueStopRequest & brightline.v1.QueueStopRequest.$Shape} QueueStopRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.QueueStopRequest & brightline.v1.QueueStopRequest.$Shape;

            /**
             * Verifies a QueueStopRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueueStopRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueueStopRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.QueueStopRequest;

            /**
             * Creates a plain object from a QueueStopRequest message. Also converts values to other types if specified.
             * @param message QueueStopRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.QueueStopRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueStopRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueStopRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueStopRequest {

            /** Properties of a QueueStopRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueStopRequest. */
            type $Shape = brightline.v1.QueueStopRequest.$Properties;
        }

        /**
         * Properties of a QueueListReply.
         * @deprecated Use brightline.v1.QueueListReply.$Properties instead.
         */
        interface IQueueListReply extends brightline.v1.QueueListReply.$Properties {
        }

        /** Represents a QueueListReply. */
        class QueueListReply {

            /**
             * Constructs a new QueueListReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.QueueListReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueListReply state. */
            state?: (brightline.v1.QueueState.$Properties|null);

            /** QueueListReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new QueueListReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueListReply instance
             */
            static create(properties: brightline.v1.QueueListReply.$Shape): brightline.v1.QueueListReply & brightline.v1.QueueListReply.$Shape;
            static create(properties?: brightline.v1.QueueListReply.$Properties): brightline.v1.QueueListReply;

            /**
             * Encodes the specified QueueListReply message. Does not implicitly {@link brightline.v1.QueueListReply.verify|verify} messages.
             * @param message QueueListReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.QueueListReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueueListReply message, length delimited. Does not implicitly {@link brightline.v1.QueueListReply.verify|verify} messages.
             * @param message QueueListReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.QueueListReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueListReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.QueueListReply & brightline.v1.QueueListReply.$Shape} QueueListReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.QueueListReply & brightline.v1.QueueListReply.$Shape;

            /**
             * Decodes a QueueListReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.QueueListReply & brightline.v1.QueueListReply.$Shape} QueueListReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.QueueListReply & brightline.v1.QueueListReply.$Shape;

            /**
             * Verifies a QueueListReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueueListReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueueListReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.QueueListReply;

            /**
             * Creates a plain object from a QueueListReply message. Also converts values to other types if specified.
             * @param message QueueListReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.QueueListReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueListReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueListReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueListReply {

            /** Properties of a QueueListReply. */
            interface $Properties {

                /** QueueListReply state */
                state?: (brightline.v1.QueueState.$Properties|null);

                /** QueueListReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueListReply. */
            type $Shape = {
              state?: brightline.v1.QueueState.$Shape|null;
              error?: brightline.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a QueueHistoryRequest.
         * @deprecated Use brightline.v1.QueueHistoryRequest.$Properties instead.
         */
        interface IQueueHistoryRequest extends brightline.v1.QueueHistoryRequest.$Properties {
        }

        /** Represents a QueueHistoryRequest. */
        class QueueHistoryRequest {

            /**
             * Constructs a new QueueHistoryRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.QueueHistoryRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueHistoryRequest limit. */
            limit: number;

            /**
             * Creates a new QueueHistoryRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueHistoryRequest instance
             */
            static create(properties: brightline.v1.QueueHistoryRequest.$Shape): brightline.v1.QueueHistoryRequest & brightline.v1.QueueHistoryRequest.$Shape;
            static create(properties?: brightline.v1.QueueHistoryRequest.$Properties): brightline.v1.QueueHistoryRequest;

            /**
             * Encodes the specified QueueHistoryRequest message. Does not implicitly {@link brightline.v1.QueueHistoryRequest.verify|verify} messages.
             * @param message QueueHistoryRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.QueueHistoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueueHistoryRequest message, length delimited. Does not implicitly {@link brightline.v1.QueueHistoryRequest.verify|verify} messages.
             * @param message QueueHistoryRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.QueueHistoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueHistoryRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.QueueHistoryRequest & brightline.v1.QueueHistoryRequest.$Shape} QueueHistoryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.QueueHistoryRequest & brightline.v1.QueueHistoryRequest.$Shape;

            /**
             * Decodes a QueueHistoryRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.QueueHistoryRequest & brightline.v1.QueueHistoryRequest.$Shape} QueueHistoryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.QueueHistoryRequest & brightline.v1.QueueHistoryRequest.$Shape;

            /**
             * Verifies a QueueHistoryRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueueHistoryRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueueHistoryRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.QueueHistoryRequest;

            /**
             * Creates a plain object from a QueueHistoryRequest message. Also converts values to other types if specified.
             * @param message QueueHistoryRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.QueueHistoryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueHistoryRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueHistoryRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueHistoryRequest {

            /** Properties of a QueueHistoryRequest. */
            interface $Properties {

                /** QueueHistoryRequest limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueHistoryRequest. */
            type $Shape = brightline.v1.QueueHistoryRequest.$Properties;
        }

        /**
         * Properties of a QueueHistoryReply.
         * @deprecated Use brightline.v1.QueueHistoryReply.$Properties instead.
         */
        interface IQueueHistoryReply extends brightline.v1.QueueHistoryReply.$Properties {
        }

        /** Represents a QueueHistoryReply. */
        class QueueHistoryReply {

            /**
             * Constructs a new QueueHistoryReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.QueueHistoryReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueHistoryReply entries. */
            entries: brightline.v1.HistoryEntry.$Properties[];

            /** QueueHistoryReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new QueueHistoryReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueHistoryReply instance
             */
            static create(properties: brightline.v1.QueueHistoryReply.$Shape): brightline.v1.QueueHistoryReply & brightline.v1.QueueHistoryReply.$Shape;
            static create(properties?: brightline.v1.QueueHistoryReply.$Properties): brightline.v1.QueueHistoryReply;

            /**
             * Encodes the specified QueueHistoryReply message. Does not implicitly {@link brightline.v1.QueueHistoryReply.verify|verify} messages.
             * @param message QueueHistoryReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.QueueHistoryReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueueHistoryReply message, length delimited. Does not implicitly {@link brightline.v1.QueueHistoryReply.verify|verify} messages.
             * @param message QueueHistoryReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.QueueHistoryReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueHistoryReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.QueueHistoryReply & brightline.v1.QueueHistoryReply.$Shape} QueueHistoryReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.QueueHistoryReply & brightline.v1.QueueHistoryReply.$Shape;

            /**
             * Decodes a QueueHistoryReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.QueueHistoryReply & brightline.v1.QueueHistoryReply.$Shape} QueueHistoryReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.QueueHistoryReply & brightline.v1.QueueHistoryReply.$Shape;

            /**
             * Verifies a QueueHistoryReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueueHistoryReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueueHistoryReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.QueueHistoryReply;

            /**
             * Creates a plain object from a QueueHistoryReply message. Also converts values to other types if specified.
             * @param message QueueHistoryReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.QueueHistoryReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueHistoryReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueHistoryReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueHistoryReply {

            /** Properties of a QueueHistoryReply. */
            interface $Properties {

                /** QueueHistoryReply entries */
                entries?: (brightline.v1.HistoryEntry.$Properties[]|null);

                /** QueueHistoryReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueHistoryReply. */
            type $Shape = {
              entries?: brightline.v1.HistoryEntry.$Shape[]|null;
              error?: brightline.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use brightline.v1.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends brightline.v1.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Heartbeat role. */
            role: string;

            /** Heartbeat instance. */
            instance: string;

            /** Heartbeat pid. */
            pid: number;

            /** Heartbeat started_at. */
            started_at: number;

            /** Heartbeat sequence. */
            sequence: (number|Long);

            /** Heartbeat interval_ms. */
            interval_ms: number;

            /** Heartbeat devices. */
            devices: string[];

            /** Heartbeat stopping. */
            stopping: boolean;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            static create(properties: brightline.v1.Heartbeat.$Shape): brightline.v1.Heartbeat & brightline.v1.Heartbeat.$Shape;
            static create(properties?: brightline.v1.Heartbeat.$Properties): brightline.v1.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link brightline.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link brightline.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.Heartbeat & brightline.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.Heartbeat & brightline.v1.Heartbeat.$Shape;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.Heartbeat & brightline.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.Heartbeat & brightline.v1.Heartbeat.$Shape;

            /**
             * Verifies a Heartbeat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Heartbeat
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Heartbeat role */
                role?: (string|null);

                /** Heartbeat instance */
                instance?: (string|null);

                /** Heartbeat pid */
                pid?: (number|null);

                /** Heartbeat started_at */
                started_at?: (number|null);

                /** Heartbeat sequence */
                sequence?: (number|Long|null);

                /** Heartbeat interval_ms */
                interval_ms?: (number|null);

                /** Heartbeat devices */
                devices?: (string[]|null);

                /** Heartbeat stopping */
                stopping?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = brightline.v1.Heartbeat.$Properties;
        }

        /**
         * Properties of a HealthRecord.
         * @deprecated Use brightline.v1.HealthRecord.$Properties instead.
         */
        interface IHealthRecord extends brightline.v1.HealthRecord.$Properties {
        }

        /** Represents a HealthRecord. */
        class HealthRecord {

            /**
             * Constructs a new HealthRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.HealthRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HealthRecord key. */
            key: string;

            /** HealthRecord kind. */
            kind: string;

            /** HealthRecord beamline. */
            beamline: string;

            /** HealthRecord name. */
            name: string;

            /** HealthRecord state. */
            state: string;

            /** HealthRecord since. */
            since: number;

            /** HealthRecord reason. */
            reason: string;

            /** HealthRecord alarm_severity. */
            alarm_severity: string;

            /** HealthRecord held_by. */
            held_by: string;

            /** HealthRecord detail. */
            detail: string;

            /** HealthRecord owner. */
            owner: string;

            /** HealthRecord updated_at. */
            updated_at: number;

            /** HealthRecord incarnation. */
            incarnation: string;

            /**
             * Creates a new HealthRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HealthRecord instance
             */
            static create(properties: brightline.v1.HealthRecord.$Shape): brightline.v1.HealthRecord & brightline.v1.HealthRecord.$Shape;
            static create(properties?: brightline.v1.HealthRecord.$Properties): brightline.v1.HealthRecord;

            /**
             * Encodes the specified HealthRecord message. Does not implicitly {@link brightline.v1.HealthRecord.verify|verify} messages.
             * @param message HealthRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.HealthRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HealthRecord message, length delimited. Does not implicitly {@link brightline.v1.HealthRecord.verify|verify} messages.
             * @param message HealthRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.HealthRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HealthRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.HealthRecord & brightline.v1.HealthRecord.$Shape} HealthRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.HealthRecord & brightline.v1.HealthRecord.$Shape;

            /**
             * Decodes a HealthRecord message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.HealthRecord & brightline.v1.HealthRecord.$Shape} HealthRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.HealthRecord & brightline.v1.HealthRecord.$Shape;

            /**
             * Verifies a HealthRecord message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HealthRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HealthRecord
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.HealthRecord;

            /**
             * Creates a plain object from a HealthRecord message. Also converts values to other types if specified.
             * @param message HealthRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.HealthRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HealthRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HealthRecord
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthRecord {

            /** Properties of a HealthRecord. */
            interface $Properties {

                /** HealthRecord key */
                key?: (string|null);

                /** HealthRecord kind */
                kind?: (string|null);

                /** HealthRecord beamline */
                beamline?: (string|null);

                /** HealthRecord name */
                name?: (string|null);

                /** HealthRecord state */
                state?: (string|null);

                /** HealthRecord since */
                since?: (number|null);

                /** HealthRecord reason */
                reason?: (string|null);

                /** HealthRecord alarm_severity */
                alarm_severity?: (string|null);

                /** HealthRecord held_by */
                held_by?: (string|null);

                /** HealthRecord detail */
                detail?: (string|null);

                /** HealthRecord owner */
                owner?: (string|null);

                /** HealthRecord updated_at */
                updated_at?: (number|null);

                /** HealthRecord incarnation */
                incarnation?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HealthRecord. */
            type $Shape = brightline.v1.HealthRecord.$Properties;
        }

        /**
         * Properties of a Lease.
         * @deprecated Use brightline.v1.Lease.$Properties instead.
         */
        interface ILease extends brightline.v1.Lease.$Properties {
        }

        /** Represents a Lease. */
        class Lease {

            /**
             * Constructs a new Lease.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.Lease.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Lease device. */
            device: string;

            /** Lease holder. */
            holder: string;

            /** Lease client. */
            client: string;

            /** Lease token. */
            token: string;

            /** Lease acquired_at. */
            acquired_at: number;

            /** Lease expires_at. */
            expires_at: number;

            /** Lease ttl_ms. */
            ttl_ms: number;

            /** Lease state. */
            state: string;

            /** Lease request_id. */
            request_id: string;

            /** Lease note. */
            note: string;

            /** Lease updated_at. */
            updated_at: number;

            /**
             * Creates a new Lease instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Lease instance
             */
            static create(properties: brightline.v1.Lease.$Shape): brightline.v1.Lease & brightline.v1.Lease.$Shape;
            static create(properties?: brightline.v1.Lease.$Properties): brightline.v1.Lease;

            /**
             * Encodes the specified Lease message. Does not implicitly {@link brightline.v1.Lease.verify|verify} messages.
             * @param message Lease message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.Lease.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Lease message, length delimited. Does not implicitly {@link brightline.v1.Lease.verify|verify} messages.
             * @param message Lease message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.Lease.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Lease message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.Lease & brightline.v1.Lease.$Shape} Lease
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.Lease & brightline.v1.Lease.$Shape;

            /**
             * Decodes a Lease message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.Lease & brightline.v1.Lease.$Shape} Lease
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.Lease & brightline.v1.Lease.$Shape;

            /**
             * Verifies a Lease message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Lease message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Lease
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.Lease;

            /**
             * Creates a plain object from a Lease message. Also converts values to other types if specified.
             * @param message Lease
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.Lease, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Lease to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Lease
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Lease {

            /** Properties of a Lease. */
            interface $Properties {

                /** Lease device */
                device?: (string|null);

                /** Lease holder */
                holder?: (string|null);

                /** Lease client */
                client?: (string|null);

                /** Lease token */
                token?: (string|null);

                /** Lease acquired_at */
                acquired_at?: (number|null);

                /** Lease expires_at */
                expires_at?: (number|null);

                /** Lease ttl_ms */
                ttl_ms?: (number|null);

                /** Lease state */
                state?: (string|null);

                /** Lease request_id */
                request_id?: (string|null);

                /** Lease note */
                note?: (string|null);

                /** Lease updated_at */
                updated_at?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Lease. */
            type $Shape = brightline.v1.Lease.$Properties;
        }

        /**
         * Properties of a LeaseAcquireRequest.
         * @deprecated Use brightline.v1.LeaseAcquireRequest.$Properties instead.
         */
        interface ILeaseAcquireRequest extends brightline.v1.LeaseAcquireRequest.$Properties {
        }

        /** Represents a LeaseAcquireRequest. */
        class LeaseAcquireRequest {

            /**
             * Constructs a new LeaseAcquireRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.LeaseAcquireRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseAcquireRequest device. */
            device: string;

            /** LeaseAcquireRequest holder. */
            holder: string;

            /** LeaseAcquireRequest client. */
            client: string;

            /** LeaseAcquireRequest ttl_ms. */
            ttl_ms: number;

            /** LeaseAcquireRequest wait. */
            wait: boolean;

            /** LeaseAcquireRequest wait_timeout_s. */
            wait_timeout_s: number;

            /** LeaseAcquireRequest request_id. */
            request_id: string;

            /**
             * Creates a new LeaseAcquireRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseAcquireRequest instance
             */
            static create(properties: brightline.v1.LeaseAcquireRequest.$Shape): brightline.v1.LeaseAcquireRequest & brightline.v1.LeaseAcquireRequest.$Shape;
            static create(properties?: brightline.v1.LeaseAcquireRequest.$Properties): brightline.v1.LeaseAcquireRequest;

            /**
             * Encodes the specified LeaseAcquireRequest message. Does not implicitly {@link brightline.v1.LeaseAcquireRequest.verify|verify} messages.
             * @param message LeaseAcquireRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.LeaseAcquireRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeaseAcquireRequest message, length delimited. Does not implicitly {@link brightline.v1.LeaseAcquireRequest.verify|verify} messages.
             * @param message LeaseAcquireRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.LeaseAcquireRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseAcquireRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.LeaseAcquireRequest & brightline.v1.LeaseAcquireRequest.$Shape} LeaseAcquireRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.LeaseAcquireRequest & brightline.v1.LeaseAcquireRequest.$Shape;

            /**
             * Decodes a LeaseAcquireRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.LeaseAcquireRequest & brightline.v1.LeaseAcquireRequest.$Shape} LeaseAcquireRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.LeaseAcquireRequest & brightline.v1.LeaseAcquireRequest.$Shape;

            /**
             * Verifies a LeaseAcquireRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LeaseAcquireRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaseAcquireRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.LeaseAcquireRequest;

            /**
             * Creates a plain object from a LeaseAcquireRequest message. Also converts values to other types if specified.
             * @param message LeaseAcquireRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.LeaseAcquireRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaseAcquireRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaseAcquireRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseAcquireRequest {

            /** Properties of a LeaseAcquireRequest. */
            interface $Properties {

                /** LeaseAcquireRequest device */
                device?: (string|null);

                /** LeaseAcquireRequest holder */
                holder?: (string|null);

                /** LeaseAcquireRequest client */
                client?: (string|null);

                /** LeaseAcquireRequest ttl_ms */
                ttl_ms?: (number|null);

                /** LeaseAcquireRequest wait */
                wait?: (boolean|null);

                /** LeaseAcquireRequest wait_timeout_s */
                wait_timeout_s?: (number|null);

                /** LeaseAcquireRequest request_id */
                request_id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseAcquireRequest. */
            type $Shape = brightline.v1.LeaseAcquireRequest.$Properties;
        }

        /**
         * Properties of a LeaseAcquireReply.
         * @deprecated Use brightline.v1.LeaseAcquireReply.$Properties instead.
         */
        interface ILeaseAcquireReply extends brightline.v1.LeaseAcquireReply.$Properties {
        }

        /** Represents a LeaseAcquireReply. */
        class LeaseAcquireReply {

            /**
             * Constructs a new LeaseAcquireReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.LeaseAcquireReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseAcquireReply granted. */
            granted: boolean;

            /** LeaseAcquireReply lease. */
            lease?: (brightline.v1.Lease.$Properties|null);

            /** LeaseAcquireReply held_by. */
            held_by?: (brightline.v1.Lease.$Properties|null);

            /** LeaseAcquireReply refusal. */
            refusal: string;

            /** LeaseAcquireReply timed_out. */
            timed_out: boolean;

            /** LeaseAcquireReply cancelled. */
            cancelled: boolean;

            /** LeaseAcquireReply waited_s. */
            waited_s: number;

            /** LeaseAcquireReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new LeaseAcquireReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseAcquireReply instance
             */
            static create(properties: brightline.v1.LeaseAcquireReply.$Shape): brightline.v1.LeaseAcquireReply & brightline.v1.LeaseAcquireReply.$Shape;
            static create(properties?: brightline.v1.LeaseAcquireReply.$Properties): brightline.v1.LeaseAcquireReply;

            /**
             * Encodes the specified LeaseAcquireReply message. Does not implicitly {@link brightline.v1.LeaseAcquireReply.verify|verify} messages.
             * @param message LeaseAcquireReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.LeaseAcquireReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeaseAcquireReply message, length delimited. Does not implicitly {@link brightline.v1.LeaseAcquireReply.verify|verify} messages.
             * @param message LeaseAcquireReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.LeaseAcquireReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseAcquireReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.LeaseAcquireReply & brightline.v1.LeaseAcquireReply.$Shape} LeaseAcquireReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.LeaseAcquireReply & brightline.v1.LeaseAcquireReply.$Shape;

            /**
             * Decodes a LeaseAcquireReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.LeaseAcquireReply & brightline.v1.LeaseAcquireReply.$Shape} LeaseAcquireReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.LeaseAcquireReply & brightline.v1.LeaseAcquireReply.$Shape;

            /**
             * Verifies a LeaseAcquireReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LeaseAcquireReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaseAcquireReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.LeaseAcquireReply;

            /**
             * Creates a plain object from a LeaseAcquireReply message. Also converts values to other types if specified.
             * @param message LeaseAcquireReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.LeaseAcquireReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaseAcquireReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaseAcquireReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseAcquireReply {

            /** Properties of a LeaseAcquireReply. */
            interface $Properties {

                /** LeaseAcquireReply granted */
                granted?: (boolean|null);

                /** LeaseAcquireReply lease */
                lease?: (brightline.v1.Lease.$Properties|null);

                /** LeaseAcquireReply held_by */
                held_by?: (brightline.v1.Lease.$Properties|null);

                /** LeaseAcquireReply refusal */
                refusal?: (string|null);

                /** LeaseAcquireReply timed_out */
                timed_out?: (boolean|null);

                /** LeaseAcquireReply cancelled */
                cancelled?: (boolean|null);

                /** LeaseAcquireReply waited_s */
                waited_s?: (number|null);

                /** LeaseAcquireReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseAcquireReply. */
            type $Shape = brightline.v1.LeaseAcquireReply.$Properties;
        }

        /**
         * Properties of a LeaseRenewRequest.
         * @deprecated Use brightline.v1.LeaseRenewRequest.$Properties instead.
         */
        interface ILeaseRenewRequest extends brightline.v1.LeaseRenewRequest.$Properties {
        }

        /** Represents a LeaseRenewRequest. */
        class LeaseRenewRequest {

            /**
             * Constructs a new LeaseRenewRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.LeaseRenewRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseRenewRequest device. */
            device: string;

            /** LeaseRenewRequest token. */
            token: string;

            /** LeaseRenewRequest ttl_ms. */
            ttl_ms: number;

            /**
             * Creates a new LeaseRenewRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseRenewRequest instance
             */
            static create(properties: brightline.v1.LeaseRenewRequest.$Shape): brightline.v1.LeaseRenewRequest & brightline.v1.LeaseRenewRequest.$Shape;
            static create(properties?: brightline.v1.LeaseRenewRequest.$Properties): brightline.v1.LeaseRenewRequest;

            /**
             * Encodes the specified LeaseRenewRequest message. Does not implicitly {@link brightline.v1.LeaseRenewRequest.verify|verify} messages.
             * @param message LeaseRenewRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.LeaseRenewRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeaseRenewRequest message, length delimited. Does not implicitly {@link brightline.v1.LeaseRenewRequest.verify|verify} messages.
             * @param message LeaseRenewRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.LeaseRenewRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseRenewRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.LeaseRenewRequest & brightline.v1.LeaseRenewRequest.$Shape} LeaseRenewRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.LeaseRenewRequest & brightline.v1.LeaseRenewRequest.$Shape;

            /**
             * Decodes a LeaseRenewRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.LeaseRenewRequest & brightline.v1.LeaseRenewRequest.$Shape} LeaseRenewRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.LeaseRenewRequest & brightline.v1.LeaseRenewRequest.$Shape;

            /**
             * Verifies a LeaseRenewRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LeaseRenewRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaseRenewRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.LeaseRenewRequest;

            /**
             * Creates a plain object from a LeaseRenewRequest message. Also converts values to other types if specified.
             * @param message LeaseRenewRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.LeaseRenewRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaseRenewRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaseRenewRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseRenewRequest {

            /** Properties of a LeaseRenewRequest. */
            interface $Properties {

                /** LeaseRenewRequest device */
                device?: (string|null);

                /** LeaseRenewRequest token */
                token?: (string|null);

                /** LeaseRenewRequest ttl_ms */
                ttl_ms?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseRenewRequest. */
            type $Shape = brightline.v1.LeaseRenewRequest.$Properties;
        }

        /**
         * Properties of a LeaseRenewReply.
         * @deprecated Use brightline.v1.LeaseRenewReply.$Properties instead.
         */
        interface ILeaseRenewReply extends brightline.v1.LeaseRenewReply.$Properties {
        }

        /** Represents a LeaseRenewReply. */
        class LeaseRenewReply {

            /**
             * Constructs a new LeaseRenewReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.LeaseRenewReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseRenewReply lease. */
            lease?: (brightline.v1.Lease.$Properties|null);

            /** LeaseRenewReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new LeaseRenewReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseRenewReply instance
             */
            static create(properties: brightline.v1.LeaseRenewReply.$Shape): brightline.v1.LeaseRenewReply & brightline.v1.LeaseRenewReply.$Shape;
            static create(properties?: brightline.v1.LeaseRenewReply.$Properties): brightline.v1.LeaseRenewReply;

            /**
             * Encodes the specified LeaseRenewReply message. Does not implicitly {@link brightline.v1.LeaseRenewReply.verify|verify} messages.
             * @param message LeaseRenewReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.LeaseRenewReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeaseRenewReply message, length delimited. Does not implicitly {@link brightline.v1.LeaseRenewReply.verify|verify} messages.
             * @param message LeaseRenewReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.LeaseRenewReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseRenewReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.LeaseRenewReply & brightline.v1.LeaseRenewReply.$Shape} LeaseRenewReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.LeaseRenewReply & brightline.v1.LeaseRenewReply.$Shape;

            /**
             * Decodes a LeaseRenewReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.LeaseRenewReply & brightline.v1.LeaseRenewReply.$Shape} LeaseRenewReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.LeaseRenewReply & brightline.v1.LeaseRenewReply.$Shape;

            /**
             * Verifies a LeaseRenewReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LeaseRenewReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaseRenewReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.LeaseRenewReply;

            /**
             * Creates a plain object from a LeaseRenewReply message. Also converts values to other types if specified.
             * @param message LeaseRenewReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.LeaseRenewReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaseRenewReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaseRenewReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseRenewReply {

            /** Properties of a LeaseRenewReply. */
            interface $Properties {

                /** LeaseRenewReply lease */
                lease?: (brightline.v1.Lease.$Properties|null);

                /** LeaseRenewReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseRenewReply. */
            type $Shape = brightline.v1.LeaseRenewReply.$Properties;
        }

        /**
         * Properties of a LeaseReleaseRequest.
         * @deprecated Use brightline.v1.LeaseReleaseRequest.$Properties instead.
         */
        interface ILeaseReleaseRequest extends brightline.v1.LeaseReleaseRequest.$Properties {
        }

        /** Represents a LeaseReleaseRequest. */
        class LeaseReleaseRequest {

            /**
             * Constructs a new LeaseReleaseRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.LeaseReleaseRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseReleaseRequest device. */
            device: string;

            /** LeaseReleaseRequest token. */
            token: string;

            /** LeaseReleaseRequest request_id. */
            request_id: string;

            /**
             * Creates a new LeaseReleaseRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseReleaseRequest instance
             */
            static create(properties: brightline.v1.LeaseReleaseRequest.$Shape): brightline.v1.LeaseReleaseRequest & brightline.v1.LeaseReleaseRequest.$Shape;
            static create(properties?: brightline.v1.LeaseReleaseRequest.$Properties): brightline.v1.LeaseReleaseRequest;

            /**
             * Encodes the specified LeaseReleaseRequest message. Does not implicitly {@link brightline.v1.LeaseReleaseRequest.verify|verify} messages.
             * @param message LeaseReleaseRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.LeaseReleaseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeaseReleaseRequest message, length delimited. Does not implicitly {@link brightline.v1.LeaseReleaseRequest.verify|verify} messages.
             * @param message LeaseReleaseRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.LeaseReleaseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseReleaseRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.LeaseReleaseRequest & brightline.v1.LeaseReleaseRequest.$Shape} LeaseReleaseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.LeaseReleaseRequest & brightline.v1.LeaseReleaseRequest.$Shape;

            /**
             * Decodes a LeaseReleaseRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.LeaseReleaseRequest & brightline.v1.LeaseReleaseRequest.$Shape} LeaseReleaseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.LeaseReleaseRequest & brightline.v1.LeaseReleaseRequest.$Shape;

            /**
             * Verifies a LeaseReleaseRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LeaseReleaseRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaseReleaseRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.LeaseReleaseRequest;

            /**
             * Creates a plain object from a LeaseReleaseRequest message. Also converts values to other types if specified.
             * @param message LeaseReleaseRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.LeaseReleaseRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaseReleaseRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaseReleaseRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseReleaseRequest {

            /** Properties of a LeaseReleaseRequest. */
            interface $Properties {

                /** LeaseReleaseRequest device */
                device?: (string|null);

                /** LeaseReleaseRequest token */
                token?: (string|null);

                /** LeaseReleaseRequest request_id */
                request_id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseReleaseRequest. */
            type $Shape = brightline.v1.LeaseReleaseRequest.$Properties;
        }

        /**
         * Properties of a LeaseReleaseReply.
         * @deprecated Use brightline.v1.LeaseReleaseReply.$Properties instead.
         */
        interface ILeaseReleaseReply extends brightline.v1.LeaseReleaseReply.$Properties {
        }

        /** Represents a LeaseReleaseReply. */
        class LeaseReleaseReply {

            /**
             * Constructs a new LeaseReleaseReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.LeaseReleaseReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseReleaseReply released. */
            released: boolean;

            /** LeaseReleaseReply cancelled. */
            cancelled: boolean;

            /** LeaseReleaseReply note. */
            note: string;

            /** LeaseReleaseReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new LeaseReleaseReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseReleaseReply instance
             */
            static create(properties: brightline.v1.LeaseReleaseReply.$Shape): brightline.v1.LeaseReleaseReply & brightline.v1.LeaseReleaseReply.$Shape;
            static create(properties?: brightline.v1.LeaseReleaseReply.$Properties): brightline.v1.LeaseReleaseReply;

            /**
             * Encodes the specified LeaseReleaseReply message. Does not implicitly {@link brightline.v1.LeaseReleaseReply.verify|verify} messages.
             * @param message LeaseReleaseReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.LeaseReleaseReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeaseReleaseReply message, length delimited. Does not implicitly {@link brightline.v1.LeaseReleaseReply.verify|verify} messages.
             * @param message LeaseReleaseReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.LeaseReleaseReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseReleaseReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.LeaseReleaseReply & brightline.v1.LeaseReleaseReply.$Shape} LeaseReleaseReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.LeaseReleaseReply & brightline.v1.LeaseReleaseReply.$Shape;

            /**
             * Decodes a LeaseReleaseReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.LeaseReleaseReply & brightline.v1.LeaseReleaseReply.$Shape} LeaseReleaseReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.LeaseReleaseReply & brightline.v1.LeaseReleaseReply.$Shape;

            /**
             * Verifies a LeaseReleaseReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LeaseReleaseReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaseReleaseReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.LeaseReleaseReply;

            /**
             * Creates a plain object from a LeaseReleaseReply message. Also converts values to other types if specified.
             * @param message LeaseReleaseReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.LeaseReleaseReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaseReleaseReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaseReleaseReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseReleaseReply {

            /** Properties of a LeaseReleaseReply. */
            interface $Properties {

                /** LeaseReleaseReply released */
                released?: (boolean|null);

                /** LeaseReleaseReply cancelled */
                cancelled?: (boolean|null);

                /** LeaseReleaseReply note */
                note?: (string|null);

                /** LeaseReleaseReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseReleaseReply. */
            type $Shape = brightline.v1.LeaseReleaseReply.$Properties;
        }

        /**
         * Properties of a LeaseBreakRequest.
         * @deprecated Use brightline.v1.LeaseBreakRequest.$Properties instead.
         */
        interface ILeaseBreakRequest extends brightline.v1.LeaseBreakRequest.$Properties {
        }

        /** Represents a LeaseBreakRequest. */
        class LeaseBreakRequest {

            /**
             * Constructs a new LeaseBreakRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.LeaseBreakRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseBreakRequest device. */
            device: string;

            /** LeaseBreakRequest operator. */
            operator: string;

            /** LeaseBreakRequest reason. */
            reason: string;

            /**
             * Creates a new LeaseBreakRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseBreakRequest instance
             */
            static create(properties: brightline.v1.LeaseBreakRequest.$Shape): brightline.v1.LeaseBreakRequest & brightline.v1.LeaseBreakRequest.$Shape;
            static create(properties?: brightline.v1.LeaseBreakRequest.$Properties): brightline.v1.LeaseBreakRequest;

            /**
             * Encodes the specified LeaseBreakRequest message. Does not implicitly {@link brightline.v1.LeaseBreakRequest.verify|verify} messages.
             * @param message LeaseBreakRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.LeaseBreakRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeaseBreakRequest message, length delimited. Does not implicitly {@link brightline.v1.LeaseBreakRequest.verify|verify} messages.
             * @param message LeaseBreakRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.LeaseBreakRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseBreakRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.LeaseBreakRequest & brightline.v1.LeaseBreakRequest.$Shape} LeaseBreakRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.LeaseBreakRequest & brightline.v1.LeaseBreakRequest.$Shape;

            /**
             * Decodes a LeaseBreakRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.LeaseBreakRequest & brightline.v1.LeaseBreakRequest.$Shape} LeaseBreakRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.LeaseBreakRequest & brightline.v1.LeaseBreakRequest.$Shape;

            /**
             * Verifies a LeaseBreakRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LeaseBreakRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaseBreakRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.LeaseBreakRequest;

            /**
             * Creates a plain object from a LeaseBreakRequest message. Also converts values to other types if specified.
             * @param message LeaseBreakRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.LeaseBreakRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaseBreakRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaseBreakRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseBreakRequest {

            /** Properties of a LeaseBreakRequest. */
            interface $Properties {

                /** LeaseBreakRequest device */
                device?: (string|null);

                /** LeaseBreakRequest operator */
                operator?: (string|null);

                /** LeaseBreakRequest reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseBreakRequest. */
            type $Shape = brightline.v1.LeaseBreakRequest.$Properties;
        }

        /**
         * Properties of a LeaseBreakReply.
         * @deprecated Use brightline.v1.LeaseBreakReply.$Properties instead.
         */
        interface ILeaseBreakReply extends brightline.v1.LeaseBreakReply.$Properties {
        }

        /** Represents a LeaseBreakReply. */
        class LeaseBreakReply {

            /**
             * Constructs a new LeaseBreakReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.LeaseBreakReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseBreakReply broken. */
            broken?: (brightline.v1.Lease.$Properties|null);

            /** LeaseBreakReply made_safe. */
            made_safe: boolean;

            /** LeaseBreakReply safe_note. */
            safe_note: string;

            /** LeaseBreakReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new LeaseBreakReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseBreakReply instance
             */
            static create(properties: brightline.v1.LeaseBreakReply.$Shape): brightline.v1.LeaseBreakReply & brightline.v1.LeaseBreakReply.$Shape;
            static create(properties?: brightline.v1.LeaseBreakReply.$Properties): brightline.v1.LeaseBreakReply;

            /**
             * Encodes the specified LeaseBreakReply message. Does not implicitly {@link brightline.v1.LeaseBreakReply.verify|verify} messages.
             * @param message LeaseBreakReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.LeaseBreakReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeaseBreakReply message, length delimited. Does not implicitly {@link brightline.v1.LeaseBreakReply.verify|verify} messages.
             * @param message LeaseBreakReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.LeaseBreakReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseBreakReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.LeaseBreakReply & brightline.v1.LeaseBreakReply.$Shape} LeaseBreakReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.LeaseBreakReply & brightline.v1.LeaseBreakReply.$Shape;

            /**
             * Decodes a LeaseBreakReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.LeaseBreakReply & brightline.v1.LeaseBreakReply.$Shape} LeaseBreakReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.LeaseBreakReply & brightline.v1.LeaseBreakReply.$Shape;

            /**
             * Verifies a LeaseBreakReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LeaseBreakReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaseBreakReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.LeaseBreakReply;

            /**
             * Creates a plain object from a LeaseBreakReply message. Also converts values to other types if specified.
             * @param message LeaseBreakReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.LeaseBreakReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaseBreakReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaseBreakReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseBreakReply {

            /** Properties of a LeaseBreakReply. */
            interface $Properties {

                /** LeaseBreakReply broken */
                broken?: (brightline.v1.Lease.$Properties|null);

                /** LeaseBreakReply made_safe */
                made_safe?: (boolean|null);

                /** LeaseBreakReply safe_note */
                safe_note?: (string|null);

                /** LeaseBreakReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseBreakReply. */
            type $Shape = brightline.v1.LeaseBreakReply.$Properties;
        }

        /**
         * Properties of a LeaseWaiter.
         * @deprecated Use brightline.v1.LeaseWaiter.$Properties instead.
         */
        interface ILeaseWaiter extends brightline.v1.LeaseWaiter.$Properties {
        }

        /** Represents a LeaseWaiter. */
        class LeaseWaiter {

            /**
             * Constructs a new LeaseWaiter.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.LeaseWaiter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseWaiter device. */
            device: string;

            /** LeaseWaiter holder. */
            holder: string;

            /** LeaseWaiter client. */
            client: string;

            /** LeaseWaiter request_id. */
            request_id: string;

            /** LeaseWaiter since. */
            since: number;

            /** LeaseWaiter gives_up_at. */
            gives_up_at: number;

            /**
             * Creates a new LeaseWaiter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseWaiter instance
             */
            static create(properties: brightline.v1.LeaseWaiter.$Shape): brightline.v1.LeaseWaiter & brightline.v1.LeaseWaiter.$Shape;
            static create(properties?: brightline.v1.LeaseWaiter.$Properties): brightline.v1.LeaseWaiter;

            /**
             * Encodes the specified LeaseWaiter message. Does not implicitly {@link brightline.v1.LeaseWaiter.verify|verify} messages.
             * @param message LeaseWaiter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.LeaseWaiter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeaseWaiter message, length delimited. Does not implicitly {@link brightline.v1.LeaseWaiter.verify|verify} messages.
             * @param message LeaseWaiter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.LeaseWaiter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseWaiter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.LeaseWaiter & brightline.v1.LeaseWaiter.$Shape} LeaseWaiter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.LeaseWaiter & brightline.v1.LeaseWaiter.$Shape;

            /**
             * Decodes a LeaseWaiter message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.LeaseWaiter & brightline.v1.LeaseWaiter.$Shape} LeaseWaiter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.LeaseWaiter & brightline.v1.LeaseWaiter.$Shape;

            /**
             * Verifies a LeaseWaiter message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LeaseWaiter message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaseWaiter
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.LeaseWaiter;

            /**
             * Creates a plain object from a LeaseWaiter message. Also converts values to other types if specified.
             * @param message LeaseWaiter
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.LeaseWaiter, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaseWaiter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaseWaiter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseWaiter {

            /** Properties of a LeaseWaiter. */
            interface $Properties {

                /** LeaseWaiter device */
                device?: (string|null);

                /** LeaseWaiter holder */
                holder?: (string|null);

                /** LeaseWaiter client */
                client?: (string|null);

                /** LeaseWaiter request_id */
                request_id?: (string|null);

                /** LeaseWaiter since */
                since?: (number|null);

                /** LeaseWaiter gives_up_at */
                gives_up_at?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseWaiter. */
            type $Shape = brightline.v1.LeaseWaiter.$Properties;
        }

        /**
         * Properties of a LeaseListRequest.
         * @deprecated Use brightline.v1.LeaseListRequest.$Properties instead.
         */
        interface ILeaseListRequest extends brightline.v1.LeaseListRequest.$Properties {
        }

        /** Represents a LeaseListRequest. */
        class LeaseListRequest {

            /**
             * Constructs a new LeaseListRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.LeaseListRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseListRequest device. */
            device: string;

            /**
             * Creates a new LeaseListRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseListRequest instance
             */
            static create(properties: brightline.v1.LeaseListRequest.$Shape): brightline.v1.LeaseListRequest & brightline.v1.LeaseListRequest.$Shape;
            static create(properties?: brightline.v1.LeaseListRequest.$Properties): brightline.v1.LeaseListRequest;

            /**
             * Encodes the specified LeaseListRequest message. Does not implicitly {@link brightline.v1.LeaseListRequest.verify|verify} messages.
             * @param message LeaseListRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.LeaseListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeaseListRequest message, length delimited. Does not implicitly {@link brightline.v1.LeaseListRequest.verify|verify} messages.
             * @param message LeaseListRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.LeaseListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseListRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.LeaseListRequest & brightline.v1.LeaseListRequest.$Shape} LeaseListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.LeaseListRequest & brightline.v1.LeaseListRequest.$Shape;

            /**
             * Decodes a LeaseListRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.LeaseListRequest & brightline.v1.LeaseListRequest.$Shape} LeaseListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.LeaseListRequest & brightline.v1.LeaseListRequest.$Shape;

            /**
             * Verifies a LeaseListRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LeaseListRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaseListRequest
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.LeaseListRequest;

            /**
             * Creates a plain object from a LeaseListRequest message. Also converts values to other types if specified.
             * @param message LeaseListRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.LeaseListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaseListRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaseListRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseListRequest {

            /** Properties of a LeaseListRequest. */
            interface $Properties {

                /** LeaseListRequest device */
                device?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseListRequest. */
            type $Shape = brightline.v1.LeaseListRequest.$Properties;
        }

        /**
         * Properties of a LeaseListReply.
         * @deprecated Use brightline.v1.LeaseListReply.$Properties instead.
         */
        interface ILeaseListReply extends brightline.v1.LeaseListReply.$Properties {
        }

        /** Represents a LeaseListReply. */
        class LeaseListReply {

            /**
             * Constructs a new LeaseListReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: brightline.v1.LeaseListReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseListReply leases. */
            leases: brightline.v1.Lease.$Properties[];

            /** LeaseListReply waiters. */
            waiters: brightline.v1.LeaseWaiter.$Properties[];

            /** LeaseListReply error. */
            error?: (brightline.v1.Error.$Properties|null);

            /**
             * Creates a new LeaseListReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseListReply instance
             */
            static create(properties: brightline.v1.LeaseListReply.$Shape): brightline.v1.LeaseListReply & brightline.v1.LeaseListReply.$Shape;
            static create(properties?: brightline.v1.LeaseListReply.$Properties): brightline.v1.LeaseListReply;

            /**
             * Encodes the specified LeaseListReply message. Does not implicitly {@link brightline.v1.LeaseListReply.verify|verify} messages.
             * @param message LeaseListReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: brightline.v1.LeaseListReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeaseListReply message, length delimited. Does not implicitly {@link brightline.v1.LeaseListReply.verify|verify} messages.
             * @param message LeaseListReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: brightline.v1.LeaseListReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseListReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {brightline.v1.LeaseListReply & brightline.v1.LeaseListReply.$Shape} LeaseListReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): brightline.v1.LeaseListReply & brightline.v1.LeaseListReply.$Shape;

            /**
             * Decodes a LeaseListReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {brightline.v1.LeaseListReply & brightline.v1.LeaseListReply.$Shape} LeaseListReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): brightline.v1.LeaseListReply & brightline.v1.LeaseListReply.$Shape;

            /**
             * Verifies a LeaseListReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LeaseListReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaseListReply
             */
            static fromObject(object: { [k: string]: any }): brightline.v1.LeaseListReply;

            /**
             * Creates a plain object from a LeaseListReply message. Also converts values to other types if specified.
             * @param message LeaseListReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: brightline.v1.LeaseListReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaseListReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaseListReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseListReply {

            /** Properties of a LeaseListReply. */
            interface $Properties {

                /** LeaseListReply leases */
                leases?: (brightline.v1.Lease.$Properties[]|null);

                /** LeaseListReply waiters */
                waiters?: (brightline.v1.LeaseWaiter.$Properties[]|null);

                /** LeaseListReply error */
                error?: (brightline.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseListReply. */
            type $Shape = brightline.v1.LeaseListReply.$Properties;
        }
    }
}
