/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const brightline = $root.brightline = (() => {

    /**
     * Namespace brightline.
     * @exports brightline
     * @namespace
     */
    const brightline = {};

    brightline.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof brightline
         * @namespace
         */
        const v1 = {};

        v1.Value = (function() {

            /**
             * Properties of a Value.
             * @typedef {Object} brightline.v1.Value.$Properties
             * @property {number|null} [number] Value number
             * @property {string|null} [text] Value text
             * @property {boolean|null} [flag] Value flag
             * @property {brightline.v1.ValueList.$Properties|null} [list] Value list
             * @property {"number"|"text"|"flag"|"list"} [kind] Value kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Value.
             * @memberof brightline.v1
             * @interface IValue
             * @augments brightline.v1.Value.$Properties
             * @deprecated Use brightline.v1.Value.$Properties instead.
             */

            /**
             * Narrowed shape of a Value.
             * @typedef {{
             *   number?: number|null;
             *   text?: string|null;
             *   flag?: boolean|null;
             *   list?: brightline.v1.ValueList.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; number?: null; text?: null; flag?: null; list?: null }|{ kind?: "number"; number: number; text?: null; flag?: null; list?: null }|{ kind?: "text"; number?: null; text: string; flag?: null; list?: null }|{ kind?: "flag"; number?: null; text?: null; flag: boolean; list?: null }|{ kind?: "list"; number?: null; text?: null; flag?: null; list: brightline.v1.ValueList.$Shape })
             * )} brightline.v1.Value.$Shape
             */

            /**
             * Constructs a new Value.
             * @memberof brightline.v1
             * @classdesc Represents a Value.
             * @constructor
             * @param {brightline.v1.Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Value number.
             * @member {number|null|undefined} number
             * @memberof brightline.v1.Value
             * @instance
             */
            Value.prototype.number = null;

            /**
             * Value text.
             * @member {string|null|undefined} text
             * @memberof brightline.v1.Value
             * @instance
             */
            Value.prototype.text = null;

            /**
             * Value flag.
             * @member {boolean|null|undefined} flag
             * @memberof brightline.v1.Value
             * @instance
             */
            Value.prototype.flag = null;

            /**
             * Value list.
             * @member {brightline.v1.ValueList.$Properties|null|undefined} list
             * @memberof brightline.v1.Value
             * @instance
             */
            Value.prototype.list = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Value kind.
             * @member {"number"|"text"|"flag"|"list"|undefined} kind
             * @memberof brightline.v1.Value
             * @instance
             */
            $Object.defineProperty(Value.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["number", "text", "flag", "list"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Value instance using the specified properties.
             * @function create
             * @memberof brightline.v1.Value
             * @static
             * @param {brightline.v1.Value.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.Value} Value instance
             * @type {{
             *   (properties: brightline.v1.Value.$Shape): brightline.v1.Value & brightline.v1.Value.$Shape;
             *   (properties?: brightline.v1.Value.$Properties): brightline.v1.Value;
             * }}
             */
            Value.create = function(properties) {
                return new Value(properties);
            };

            /**
             * Encodes the specified Value message. Does not implicitly {@link brightline.v1.Value.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.Value
             * @static
             * @param {brightline.v1.Value.$Properties} message Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.number);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                if (message.flag != null && $Object.hasOwnProperty.call(message, "flag"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.flag);
                if (message.list != null && $Object.hasOwnProperty.call(message, "list"))
                    $root.brightline.v1.ValueList.encode(message.list, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Value message, length delimited. Does not implicitly {@link brightline.v1.Value.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.Value
             * @static
             * @param {brightline.v1.Value.$Properties} message Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.Value & brightline.v1.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Value.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.Value();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            message.number = reader.double();
                            message.kind = "number";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.text = reader.stringVerify();
                            message.kind = "text";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.flag = reader.bool();
                            message.kind = "flag";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.list = $root.brightline.v1.ValueList.decode(reader, reader.size(), $undefined, _depth + 1, message.list);
                            message.kind = "list";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Value message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.Value & brightline.v1.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Value.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Value message.
             * @function verify
             * @memberof brightline.v1.Value
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Value.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.number != null && $Object.hasOwnProperty.call(message, "number")) {
                    properties.kind = 1;
                    if (typeof message.number !== "number")
                        return "number: number expected";
                }
                if (message.text != null && $Object.hasOwnProperty.call(message, "text")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (!$util.isString(message.text))
                        return "text: string expected";
                }
                if (message.flag != null && $Object.hasOwnProperty.call(message, "flag")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (typeof message.flag !== "boolean")
                        return "flag: boolean expected";
                }
                if (message.list != null && $Object.hasOwnProperty.call(message, "list")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.brightline.v1.ValueList.verify(message.list, _depth + 1);
                        if (error)
                            return "list." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.Value
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.Value} Value
             */
            Value.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.Value)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.Value: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.Value();
                if (object.number != null)
                    message.number = $Number(object.number);
                if (object.text != null)
                    message.text = $String(object.text);
                if (object.flag != null)
                    message.flag = $Boolean(object.flag);
                if (object.list != null) {
                    if (!$util.isObject(object.list))
                        throw $TypeError(".brightline.v1.Value.list: object expected");
                    message.list = $root.brightline.v1.ValueList.fromObject(object.list, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.Value
             * @static
             * @param {brightline.v1.Value} message Value
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Value.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.number != null && $Object.hasOwnProperty.call(message, "number")) {
                    object.number = options.json && !$isFinite(message.number) ? $String(message.number) : message.number;
                    if (options.oneofs)
                        object.kind = "number";
                }
                if (message.text != null && $Object.hasOwnProperty.call(message, "text")) {
                    object.text = message.text;
                    if (options.oneofs)
                        object.kind = "text";
                }
                if (message.flag != null && $Object.hasOwnProperty.call(message, "flag")) {
                    object.flag = message.flag;
                    if (options.oneofs)
                        object.kind = "flag";
                }
                if (message.list != null && $Object.hasOwnProperty.call(message, "list")) {
                    object.list = $root.brightline.v1.ValueList.toObject(message.list, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "list";
                }
                return object;
            };

            /**
             * Converts this Value to JSON.
             * @function toJSON
             * @memberof brightline.v1.Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Value.prototype.toJSON = function() {
                return Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Value
             * @function getTypeUrl
             * @memberof brightline.v1.Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.Value";
            };

            return Value;
        })();

        v1.ValueList = (function() {

            /**
             * Properties of a ValueList.
             * @typedef {Object} brightline.v1.ValueList.$Properties
             * @property {Array.<brightline.v1.Value.$Properties>|null} [items] ValueList items
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ValueList.
             * @memberof brightline.v1
             * @interface IValueList
             * @augments brightline.v1.ValueList.$Properties
             * @deprecated Use brightline.v1.ValueList.$Properties instead.
             */

            /**
             * Shape of a ValueList.
             * @typedef {{
             *   items?: Array.<brightline.v1.Value.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} brightline.v1.ValueList.$Shape
             */

            /**
             * Constructs a new ValueList.
             * @memberof brightline.v1
             * @classdesc Represents a ValueList.
             * @constructor
             * @param {brightline.v1.ValueList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ValueList = function (properties) {
                this.items = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ValueList items.
             * @member {Array.<brightline.v1.Value.$Properties>} items
             * @memberof brightline.v1.ValueList
             * @instance
             */
            ValueList.prototype.items = $util.emptyArray;

            /**
             * Creates a new ValueList instance using the specified properties.
             * @function create
             * @memberof brightline.v1.ValueList
             * @static
             * @param {brightline.v1.ValueList.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.ValueList} ValueList instance
             * @type {{
             *   (properties: brightline.v1.ValueList.$Shape): brightline.v1.ValueList & brightline.v1.ValueList.$Shape;
             *   (properties?: brightline.v1.ValueList.$Properties): brightline.v1.ValueList;
             * }}
             */
            ValueList.create = function(properties) {
                return new ValueList(properties);
            };

            /**
             * Encodes the specified ValueList message. Does not implicitly {@link brightline.v1.ValueList.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.ValueList
             * @static
             * @param {brightline.v1.ValueList.$Properties} message ValueList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValueList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.items != null && message.items.length)
                    for (let i = 0; i < message.items.length; ++i)
                        $root.brightline.v1.Value.encode(message.items[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ValueList message, length delimited. Does not implicitly {@link brightline.v1.ValueList.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.ValueList
             * @static
             * @param {brightline.v1.ValueList.$Properties} message ValueList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValueList.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ValueList message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.ValueList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.ValueList & brightline.v1.ValueList.$Shape} ValueList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValueList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.ValueList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push($root.brightline.v1.Value.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ValueList message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.ValueList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.ValueList & brightline.v1.ValueList.$Shape} ValueList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValueList.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ValueList message.
             * @function verify
             * @memberof brightline.v1.ValueList
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ValueList.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.items != null && $Object.hasOwnProperty.call(message, "items")) {
                    if (!$Array.isArray(message.items))
                        return "items: array expected";
                    for (let i = 0; i < message.items.length; ++i) {
                        let error = $root.brightline.v1.Value.verify(message.items[i], _depth + 1);
                        if (error)
                            return "items." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ValueList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.ValueList
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.ValueList} ValueList
             */
            ValueList.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.ValueList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.ValueList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.ValueList();
                if (object.items) {
                    if (!$Array.isArray(object.items))
                        throw $TypeError(".brightline.v1.ValueList.items: array expected");
                    message.items = $Array(object.items.length);
                    for (let i = 0; i < object.items.length; ++i) {
                        if (!$util.isObject(object.items[i]))
                            throw $TypeError(".brightline.v1.ValueList.items: object expected");
                        message.items[i] = $root.brightline.v1.Value.fromObject(object.items[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ValueList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.ValueList
             * @static
             * @param {brightline.v1.ValueList} message ValueList
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ValueList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.items = [];
                if (message.items && message.items.length) {
                    object.items = $Array(message.items.length);
                    for (let j = 0; j < message.items.length; ++j)
                        object.items[j] = $root.brightline.v1.Value.toObject(message.items[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ValueList to JSON.
             * @function toJSON
             * @memberof brightline.v1.ValueList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ValueList.prototype.toJSON = function() {
                return ValueList.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ValueList
             * @function getTypeUrl
             * @memberof brightline.v1.ValueList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ValueList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.ValueList";
            };

            return ValueList;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} brightline.v1.Error.$Properties
             * @property {number|null} [code] Error code
             * @property {string|null} [name] Error name
             * @property {string|null} [message] Error message
             * @property {boolean|null} [retryable] Error retryable
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof brightline.v1
             * @interface IError
             * @augments brightline.v1.Error.$Properties
             * @deprecated Use brightline.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {brightline.v1.Error.$Properties} brightline.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof brightline.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {brightline.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {number} code
             * @memberof brightline.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error name.
             * @member {string} name
             * @memberof brightline.v1.Error
             * @instance
             */
            Error.prototype.name = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof brightline.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error retryable.
             * @member {boolean} retryable
             * @memberof brightline.v1.Error
             * @instance
             */
            Error.prototype.retryable = false;

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof brightline.v1.Error
             * @static
             * @param {brightline.v1.Error.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.Error} Error instance
             * @type {{
             *   (properties: brightline.v1.Error.$Shape): brightline.v1.Error & brightline.v1.Error.$Shape;
             *   (properties?: brightline.v1.Error.$Properties): brightline.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link brightline.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.Error
             * @static
             * @param {brightline.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable") && message.retryable !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.retryable);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link brightline.v1.Error.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.Error
             * @static
             * @param {brightline.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.Error & brightline.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.retryable = value;
                            else
                                delete message.retryable;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.Error & brightline.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Error message.
             * @function verify
             * @memberof brightline.v1.Error
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isInteger(message.code))
                        return "code: integer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                    if (typeof message.retryable !== "boolean")
                        return "retryable: boolean expected";
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.Error();
                if (object.code != null)
                    if ($Number(object.code) !== 0)
                        message.code = object.code >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.retryable != null)
                    if (object.retryable)
                        message.retryable = $Boolean(object.retryable);
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.Error
             * @static
             * @param {brightline.v1.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = 0;
                    object.name = "";
                    object.message = "";
                    object.retryable = false;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                    object.retryable = message.retryable;
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof brightline.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof brightline.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.Error";
            };

            return Error;
        })();

        v1.Empty = (function() {

            /**
             * Properties of an Empty.
             * @typedef {Object} brightline.v1.Empty.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Empty.
             * @memberof brightline.v1
             * @interface IEmpty
             * @augments brightline.v1.Empty.$Properties
             * @deprecated Use brightline.v1.Empty.$Properties instead.
             */

            /**
             * Shape of an Empty.
             * @typedef {brightline.v1.Empty.$Properties} brightline.v1.Empty.$Shape
             */

            /**
             * Constructs a new Empty.
             * @memberof brightline.v1
             * @classdesc Represents an Empty.
             * @constructor
             * @param {brightline.v1.Empty.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Empty = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Empty instance using the specified properties.
             * @function create
             * @memberof brightline.v1.Empty
             * @static
             * @param {brightline.v1.Empty.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.Empty} Empty instance
             * @type {{
             *   (properties: brightline.v1.Empty.$Shape): brightline.v1.Empty & brightline.v1.Empty.$Shape;
             *   (properties?: brightline.v1.Empty.$Properties): brightline.v1.Empty;
             * }}
             */
            Empty.create = function(properties) {
                return new Empty(properties);
            };

            /**
             * Encodes the specified Empty message. Does not implicitly {@link brightline.v1.Empty.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.Empty
             * @static
             * @param {brightline.v1.Empty.$Properties} message Empty message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Empty.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Empty message, length delimited. Does not implicitly {@link brightline.v1.Empty.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.Empty
             * @static
             * @param {brightline.v1.Empty.$Properties} message Empty message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Empty.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Empty message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.Empty
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.Empty & brightline.v1.Empty.$Shape} Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Empty.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.Empty();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Empty message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.Empty
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.Empty & brightline.v1.Empty.$Shape} Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Empty.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Empty message.
             * @function verify
             * @memberof brightline.v1.Empty
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Empty.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates an Empty message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.Empty
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.Empty} Empty
             */
            Empty.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.Empty)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.Empty: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.brightline.v1.Empty();
            };

            /**
             * Creates a plain object from an Empty message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.Empty
             * @static
             * @param {brightline.v1.Empty} message Empty
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Empty.toObject = function () {
                return {};
            };

            /**
             * Converts this Empty to JSON.
             * @function toJSON
             * @memberof brightline.v1.Empty
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Empty.prototype.toJSON = function() {
                return Empty.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Empty
             * @function getTypeUrl
             * @memberof brightline.v1.Empty
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Empty.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.Empty";
            };

            return Empty;
        })();

        v1.Limits = (function() {

            /**
             * Properties of a Limits.
             * @typedef {Object} brightline.v1.Limits.$Properties
             * @property {number|null} [low] Limits low
             * @property {number|null} [high] Limits high
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Limits.
             * @memberof brightline.v1
             * @interface ILimits
             * @augments brightline.v1.Limits.$Properties
             * @deprecated Use brightline.v1.Limits.$Properties instead.
             */

            /**
             * Shape of a Limits.
             * @typedef {brightline.v1.Limits.$Properties} brightline.v1.Limits.$Shape
             */

            /**
             * Constructs a new Limits.
             * @memberof brightline.v1
             * @classdesc Represents a Limits.
             * @constructor
             * @param {brightline.v1.Limits.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Limits = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Limits low.
             * @member {number} low
             * @memberof brightline.v1.Limits
             * @instance
             */
            Limits.prototype.low = 0;

            /**
             * Limits high.
             * @member {number} high
             * @memberof brightline.v1.Limits
             * @instance
             */
            Limits.prototype.high = 0;

            /**
             * Creates a new Limits instance using the specified properties.
             * @function create
             * @memberof brightline.v1.Limits
             * @static
             * @param {brightline.v1.Limits.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.Limits} Limits instance
             * @type {{
             *   (properties: brightline.v1.Limits.$Shape): brightline.v1.Limits & brightline.v1.Limits.$Shape;
             *   (properties?: brightline.v1.Limits.$Properties): brightline.v1.Limits;
             * }}
             */
            Limits.create = function(properties) {
                return new Limits(properties);
            };

            /**
             * Encodes the specified Limits message. Does not implicitly {@link brightline.v1.Limits.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.Limits
             * @static
             * @param {brightline.v1.Limits.$Properties} message Limits message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Limits.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.low != null && $Object.hasOwnProperty.call(message, "low") && !$Object.is(message.low, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.low);
                if (message.high != null && $Object.hasOwnProperty.call(message, "high") && !$Object.is(message.high, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.high);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Limits message, length delimited. Does not implicitly {@link brightline.v1.Limits.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.Limits
             * @static
             * @param {brightline.v1.Limits.$Properties} message Limits message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Limits.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Limits message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.Limits
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.Limits & brightline.v1.Limits.$Shape} Limits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Limits.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.Limits();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.low = value;
                            else
                                delete message.low;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.high = value;
                            else
                                delete message.high;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Limits message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.Limits
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.Limits & brightline.v1.Limits.$Shape} Limits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Limits.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Limits message.
             * @function verify
             * @memberof brightline.v1.Limits
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Limits.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.low != null && $Object.hasOwnProperty.call(message, "low"))
                    if (typeof message.low !== "number")
                        return "low: number expected";
                if (message.high != null && $Object.hasOwnProperty.call(message, "high"))
                    if (typeof message.high !== "number")
                        return "high: number expected";
                return null;
            };

            /**
             * Creates a Limits message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.Limits
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.Limits} Limits
             */
            Limits.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.Limits)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.Limits: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.Limits();
                if (object.low != null)
                    if (!$Object.is($Number(object.low), 0))
                        message.low = $Number(object.low);
                if (object.high != null)
                    if (!$Object.is($Number(object.high), 0))
                        message.high = $Number(object.high);
                return message;
            };

            /**
             * Creates a plain object from a Limits message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.Limits
             * @static
             * @param {brightline.v1.Limits} message Limits
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Limits.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.low = 0;
                    object.high = 0;
                }
                if (message.low != null && $Object.hasOwnProperty.call(message, "low"))
                    object.low = options.json && !$isFinite(message.low) ? $String(message.low) : message.low;
                if (message.high != null && $Object.hasOwnProperty.call(message, "high"))
                    object.high = options.json && !$isFinite(message.high) ? $String(message.high) : message.high;
                return object;
            };

            /**
             * Converts this Limits to JSON.
             * @function toJSON
             * @memberof brightline.v1.Limits
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Limits.prototype.toJSON = function() {
                return Limits.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Limits
             * @function getTypeUrl
             * @memberof brightline.v1.Limits
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Limits.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.Limits";
            };

            return Limits;
        })();

        v1.DataKey = (function() {

            /**
             * Properties of a DataKey.
             * @typedef {Object} brightline.v1.DataKey.$Properties
             * @property {string|null} [source] DataKey source
             * @property {string|null} [dtype] DataKey dtype
             * @property {Array.<number>|null} [shape] DataKey shape
             * @property {string|null} [units] DataKey units
             * @property {number|null} [precision] DataKey precision
             * @property {brightline.v1.Limits.$Properties|null} [limits] DataKey limits
             * @property {string|null} [object_name] DataKey object_name
             * @property {Array.<string>|null} [choices] DataKey choices
             * @property {string|null} [external] DataKey external
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DataKey.
             * @memberof brightline.v1
             * @interface IDataKey
             * @augments brightline.v1.DataKey.$Properties
             * @deprecated Use brightline.v1.DataKey.$Properties instead.
             */

            /**
             * Shape of a DataKey.
             * @typedef {brightline.v1.DataKey.$Properties} brightline.v1.DataKey.$Shape
             */

            /**
             * Constructs a new DataKey.
             * @memberof brightline.v1
             * @classdesc Represents a DataKey.
             * @constructor
             * @param {brightline.v1.DataKey.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DataKey = function (properties) {
                this.shape = [];
                this.choices = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DataKey source.
             * @member {string} source
             * @memberof brightline.v1.DataKey
             * @instance
             */
            DataKey.prototype.source = "";

            /**
             * DataKey dtype.
             * @member {string} dtype
             * @memberof brightline.v1.DataKey
             * @instance
             */
            DataKey.prototype.dtype = "";

            /**
             * DataKey shape.
             * @member {Array.<number>} shape
             * @memberof brightline.v1.DataKey
             * @instance
             */
            DataKey.prototype.shape = $util.emptyArray;

            /**
             * DataKey units.
             * @member {string} units
             * @memberof brightline.v1.DataKey
             * @instance
             */
            DataKey.prototype.units = "";

            /**
             * DataKey precision.
             * @member {number} precision
             * @memberof brightline.v1.DataKey
             * @instance
             */
            DataKey.prototype.precision = 0;

            /**
             * DataKey limits.
             * @member {brightline.v1.Limits.$Properties|null|undefined} limits
             * @memberof brightline.v1.DataKey
             * @instance
             */
            DataKey.prototype.limits = null;

            /**
             * DataKey object_name.
             * @member {string} object_name
             * @memberof brightline.v1.DataKey
             * @instance
             */
            DataKey.prototype.object_name = "";

            /**
             * DataKey choices.
             * @member {Array.<string>} choices
             * @memberof brightline.v1.DataKey
             * @instance
             */
            DataKey.prototype.choices = $util.emptyArray;

            /**
             * DataKey external.
             * @member {string} external
             * @memberof brightline.v1.DataKey
             * @instance
             */
            DataKey.prototype.external = "";

            /**
             * Creates a new DataKey instance using the specified properties.
             * @function create
             * @memberof brightline.v1.DataKey
             * @static
             * @param {brightline.v1.DataKey.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.DataKey} DataKey instance
             * @type {{
             *   (properties: brightline.v1.DataKey.$Shape): brightline.v1.DataKey & brightline.v1.DataKey.$Shape;
             *   (properties?: brightline.v1.DataKey.$Properties): brightline.v1.DataKey;
             * }}
             */
            DataKey.create = function(properties) {
                return new DataKey(properties);
            };

            /**
             * Encodes the specified DataKey message. Does not implicitly {@link brightline.v1.DataKey.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.DataKey
             * @static
             * @param {brightline.v1.DataKey.$Properties} message DataKey message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DataKey.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.source);
                if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype") && message.dtype !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.dtype);
                if (message.shape != null && message.shape.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.shape);
                if (message.units != null && $Object.hasOwnProperty.call(message, "units") && message.units !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.units);
                if (message.precision != null && $Object.hasOwnProperty.call(message, "precision") && message.precision !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.precision);
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    $root.brightline.v1.Limits.encode(message.limits, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.object_name != null && $Object.hasOwnProperty.call(message, "object_name") && message.object_name !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.object_name);
                if (message.choices != null && message.choices.length)
                    for (let i = 0; i < message.choices.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.choices[i]);
                if (message.external != null && $Object.hasOwnProperty.call(message, "external") && message.external !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.external);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DataKey message, length delimited. Does not implicitly {@link brightline.v1.DataKey.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.DataKey
             * @static
             * @param {brightline.v1.DataKey.$Properties} message DataKey message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DataKey.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DataKey message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.DataKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.DataKey & brightline.v1.DataKey.$Shape} DataKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DataKey.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.DataKey();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dtype = value;
                            else
                                delete message.dtype;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.shape && message.shape.length))
                                    message.shape = [];
                                reader.uint32s(message.shape);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.shape && message.shape.length))
                                message.shape = [];
                            message.shape.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.units = value;
                            else
                                delete message.units;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.precision = value;
                            else
                                delete message.precision;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.limits = $root.brightline.v1.Limits.decode(reader, reader.size(), $undefined, _depth + 1, message.limits);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.object_name = value;
                            else
                                delete message.object_name;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.choices && message.choices.length))
                                message.choices = [];
                            message.choices.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.external = value;
                            else
                                delete message.external;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DataKey message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.DataKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.DataKey & brightline.v1.DataKey.$Shape} DataKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DataKey.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DataKey message.
             * @function verify
             * @memberof brightline.v1.DataKey
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DataKey.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype"))
                    if (!$util.isString(message.dtype))
                        return "dtype: string expected";
                if (message.shape != null && $Object.hasOwnProperty.call(message, "shape")) {
                    if (!$Array.isArray(message.shape))
                        return "shape: array expected";
                    for (let i = 0; i < message.shape.length; ++i)
                        if (!$util.isInteger(message.shape[i]))
                            return "shape: integer[] expected";
                }
                if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                    if (!$util.isString(message.units))
                        return "units: string expected";
                if (message.precision != null && $Object.hasOwnProperty.call(message, "precision"))
                    if (!$util.isInteger(message.precision))
                        return "precision: integer expected";
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits")) {
                    let error = $root.brightline.v1.Limits.verify(message.limits, _depth + 1);
                    if (error)
                        return "limits." + error;
                }
                if (message.object_name != null && $Object.hasOwnProperty.call(message, "object_name"))
                    if (!$util.isString(message.object_name))
                        return "object_name: string expected";
                if (message.choices != null && $Object.hasOwnProperty.call(message, "choices")) {
                    if (!$Array.isArray(message.choices))
                        return "choices: array expected";
                    for (let i = 0; i < message.choices.length; ++i)
                        if (!$util.isString(message.choices[i]))
                            return "choices: string[] expected";
                }
                if (message.external != null && $Object.hasOwnProperty.call(message, "external"))
                    if (!$util.isString(message.external))
                        return "external: string expected";
                return null;
            };

            /**
             * Creates a DataKey message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.DataKey
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.DataKey} DataKey
             */
            DataKey.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.DataKey)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.DataKey: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.DataKey();
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.dtype != null)
                    if (typeof object.dtype !== "string" || object.dtype.length)
                        message.dtype = $String(object.dtype);
                if (object.shape) {
                    if (!$Array.isArray(object.shape))
                        throw $TypeError(".brightline.v1.DataKey.shape: array expected");
                    message.shape = $Array(object.shape.length);
                    for (let i = 0; i < object.shape.length; ++i)
                        message.shape[i] = object.shape[i] >>> 0;
                }
                if (object.units != null)
                    if (typeof object.units !== "string" || object.units.length)
                        message.units = $String(object.units);
                if (object.precision != null)
                    if ($Number(object.precision) !== 0)
                        message.precision = object.precision | 0;
                if (object.limits != null) {
                    if (!$util.isObject(object.limits))
                        throw $TypeError(".brightline.v1.DataKey.limits: object expected");
                    message.limits = $root.brightline.v1.Limits.fromObject(object.limits, _depth + 1);
                }
                if (object.object_name != null)
                    if (typeof object.object_name !== "string" || object.object_name.length)
                        message.object_name = $String(object.object_name);
                if (object.choices) {
                    if (!$Array.isArray(object.choices))
                        throw $TypeError(".brightline.v1.DataKey.choices: array expected");
                    message.choices = $Array(object.choices.length);
                    for (let i = 0; i < object.choices.length; ++i)
                        message.choices[i] = $String(object.choices[i]);
                }
                if (object.external != null)
                    if (typeof object.external !== "string" || object.external.length)
                        message.external = $String(object.external);
                return message;
            };

            /**
             * Creates a plain object from a DataKey message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.DataKey
             * @static
             * @param {brightline.v1.DataKey} message DataKey
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DataKey.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.shape = [];
                    object.choices = [];
                }
                if (options.defaults) {
                    object.source = "";
                    object.dtype = "";
                    object.units = "";
                    object.precision = 0;
                    object.limits = null;
                    object.object_name = "";
                    object.external = "";
                }
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype"))
                    object.dtype = message.dtype;
                if (message.shape && message.shape.length) {
                    object.shape = $Array(message.shape.length);
                    for (let j = 0; j < message.shape.length; ++j)
                        object.shape[j] = message.shape[j];
                }
                if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                    object.units = message.units;
                if (message.precision != null && $Object.hasOwnProperty.call(message, "precision"))
                    object.precision = message.precision;
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    object.limits = $root.brightline.v1.Limits.toObject(message.limits, options, _depth + 1);
                if (message.object_name != null && $Object.hasOwnProperty.call(message, "object_name"))
                    object.object_name = message.object_name;
                if (message.choices && message.choices.length) {
                    object.choices = $Array(message.choices.length);
                    for (let j = 0; j < message.choices.length; ++j)
                        object.choices[j] = message.choices[j];
                }
                if (message.external != null && $Object.hasOwnProperty.call(message, "external"))
                    object.external = message.external;
                return object;
            };

            /**
             * Converts this DataKey to JSON.
             * @function toJSON
             * @memberof brightline.v1.DataKey
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DataKey.prototype.toJSON = function() {
                return DataKey.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DataKey
             * @function getTypeUrl
             * @memberof brightline.v1.DataKey
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DataKey.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.DataKey";
            };

            return DataKey;
        })();

        v1.Reading = (function() {

            /**
             * Properties of a Reading.
             * @typedef {Object} brightline.v1.Reading.$Properties
             * @property {brightline.v1.Value.$Properties|null} [value] Reading value
             * @property {number|null} [timestamp] Reading timestamp
             * @property {string|null} [alarm_severity] Reading alarm_severity
             * @property {string|null} [alarm_status] Reading alarm_status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reading.
             * @memberof brightline.v1
             * @interface IReading
             * @augments brightline.v1.Reading.$Properties
             * @deprecated Use brightline.v1.Reading.$Properties instead.
             */

            /**
             * Shape of a Reading.
             * @typedef {{
             *   value?: brightline.v1.Value.$Shape|null;
             *   timestamp?: number|null;
             *   alarm_severity?: string|null;
             *   alarm_status?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} brightline.v1.Reading.$Shape
             */

            /**
             * Constructs a new Reading.
             * @memberof brightline.v1
             * @classdesc Represents a Reading.
             * @constructor
             * @param {brightline.v1.Reading.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reading = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Reading value.
             * @member {brightline.v1.Value.$Properties|null|undefined} value
             * @memberof brightline.v1.Reading
             * @instance
             */
            Reading.prototype.value = null;

            /**
             * Reading timestamp.
             * @member {number} timestamp
             * @memberof brightline.v1.Reading
             * @instance
             */
            Reading.prototype.timestamp = 0;

            /**
             * Reading alarm_severity.
             * @member {string} alarm_severity
             * @memberof brightline.v1.Reading
             * @instance
             */
            Reading.prototype.alarm_severity = "";

            /**
             * Reading alarm_status.
             * @member {string} alarm_status
             * @memberof brightline.v1.Reading
             * @instance
             */
            Reading.prototype.alarm_status = "";

            /**
             * Creates a new Reading instance using the specified properties.
             * @function create
             * @memberof brightline.v1.Reading
             * @static
             * @param {brightline.v1.Reading.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.Reading} Reading instance
             * @type {{
             *   (properties: brightline.v1.Reading.$Shape): brightline.v1.Reading & brightline.v1.Reading.$Shape;
             *   (properties?: brightline.v1.Reading.$Properties): brightline.v1.Reading;
             * }}
             */
            Reading.create = function(properties) {
                return new Reading(properties);
            };

            /**
             * Encodes the specified Reading message. Does not implicitly {@link brightline.v1.Reading.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.Reading
             * @static
             * @param {brightline.v1.Reading.$Properties} message Reading message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reading.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    $root.brightline.v1.Value.encode(message.value, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && !$Object.is(message.timestamp, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.timestamp);
                if (message.alarm_severity != null && $Object.hasOwnProperty.call(message, "alarm_severity") && message.alarm_severity !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.alarm_severity);
                if (message.alarm_status != null && $Object.hasOwnProperty.call(message, "alarm_status") && message.alarm_status !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.alarm_status);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Reading message, length delimited. Does not implicitly {@link brightline.v1.Reading.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.Reading
             * @static
             * @param {brightline.v1.Reading.$Properties} message Reading message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reading.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Reading message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.Reading
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.Reading & brightline.v1.Reading.$Shape} Reading
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reading.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.Reading();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.value = $root.brightline.v1.Value.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.alarm_severity = value;
                            else
                                delete message.alarm_severity;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.alarm_status = value;
                            else
                                delete message.alarm_status;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Reading message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.Reading
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.Reading & brightline.v1.Reading.$Shape} Reading
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reading.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Reading message.
             * @function verify
             * @memberof brightline.v1.Reading
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reading.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                    let error = $root.brightline.v1.Value.verify(message.value, _depth + 1);
                    if (error)
                        return "value." + error;
                }
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (typeof message.timestamp !== "number")
                        return "timestamp: number expected";
                if (message.alarm_severity != null && $Object.hasOwnProperty.call(message, "alarm_severity"))
                    if (!$util.isString(message.alarm_severity))
                        return "alarm_severity: string expected";
                if (message.alarm_status != null && $Object.hasOwnProperty.call(message, "alarm_status"))
                    if (!$util.isString(message.alarm_status))
                        return "alarm_status: string expected";
                return null;
            };

            /**
             * Creates a Reading message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.Reading
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.Reading} Reading
             */
            Reading.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.Reading)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.Reading: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.Reading();
                if (object.value != null) {
                    if (!$util.isObject(object.value))
                        throw $TypeError(".brightline.v1.Reading.value: object expected");
                    message.value = $root.brightline.v1.Value.fromObject(object.value, _depth + 1);
                }
                if (object.timestamp != null)
                    if (!$Object.is($Number(object.timestamp), 0))
                        message.timestamp = $Number(object.timestamp);
                if (object.alarm_severity != null)
                    if (typeof object.alarm_severity !== "string" || object.alarm_severity.length)
                        message.alarm_severity = $String(object.alarm_severity);
                if (object.alarm_status != null)
                    if (typeof object.alarm_status !== "string" || object.alarm_status.length)
                        message.alarm_status = $String(object.alarm_status);
                return message;
            };

            /**
             * Creates a plain object from a Reading message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.Reading
             * @static
             * @param {brightline.v1.Reading} message Reading
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reading.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.value = null;
                    object.timestamp = 0;
                    object.alarm_severity = "";
                    object.alarm_status = "";
                }
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = $root.brightline.v1.Value.toObject(message.value, options, _depth + 1);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    object.timestamp = options.json && !$isFinite(message.timestamp) ? $String(message.timestamp) : message.timestamp;
                if (message.alarm_severity != null && $Object.hasOwnProperty.call(message, "alarm_severity"))
                    object.alarm_severity = message.alarm_severity;
                if (message.alarm_status != null && $Object.hasOwnProperty.call(message, "alarm_status"))
                    object.alarm_status = message.alarm_status;
                return object;
            };

            /**
             * Converts this Reading to JSON.
             * @function toJSON
             * @memberof brightline.v1.Reading
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reading.prototype.toJSON = function() {
                return Reading.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Reading
             * @function getTypeUrl
             * @memberof brightline.v1.Reading
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Reading.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.Reading";
            };

            return Reading;
        })();

        v1.DescribeRequest = (function() {

            /**
             * Properties of a DescribeRequest.
             * @typedef {Object} brightline.v1.DescribeRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeRequest.
             * @memberof brightline.v1
             * @interface IDescribeRequest
             * @augments brightline.v1.DescribeRequest.$Properties
             * @deprecated Use brightline.v1.DescribeRequest.$Properties instead.
             */

            /**
             * Shape of a DescribeRequest.
             * @typedef {brightline.v1.DescribeRequest.$Properties} brightline.v1.DescribeRequest.$Shape
             */

            /**
             * Constructs a new DescribeRequest.
             * @memberof brightline.v1
             * @classdesc Represents a DescribeRequest.
             * @constructor
             * @param {brightline.v1.DescribeRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new DescribeRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.DescribeRequest
             * @static
             * @param {brightline.v1.DescribeRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.DescribeRequest} DescribeRequest instance
             * @type {{
             *   (properties: brightline.v1.DescribeRequest.$Shape): brightline.v1.DescribeRequest & brightline.v1.DescribeRequest.$Shape;
             *   (properties?: brightline.v1.DescribeRequest.$Properties): brightline.v1.DescribeRequest;
             * }}
             */
            DescribeRequest.create = function(properties) {
                return new DescribeRequest(properties);
            };

            /**
             * Encodes the specified DescribeRequest message. Does not implicitly {@link brightline.v1.DescribeRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.DescribeRequest
             * @static
             * @param {brightline.v1.DescribeRequest.$Properties} message DescribeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DescribeRequest message, length delimited. Does not implicitly {@link brightline.v1.DescribeRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.DescribeRequest
             * @static
             * @param {brightline.v1.DescribeRequest.$Properties} message DescribeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DescribeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.DescribeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.DescribeRequest & brightline.v1.DescribeRequest.$Shape} DescribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.DescribeRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DescribeRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.DescribeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.DescribeRequest & brightline.v1.DescribeRequest.$Shape} DescribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DescribeRequest message.
             * @function verify
             * @memberof brightline.v1.DescribeRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DescribeRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a DescribeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.DescribeRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.DescribeRequest} DescribeRequest
             */
            DescribeRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.DescribeRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.DescribeRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.brightline.v1.DescribeRequest();
            };

            /**
             * Creates a plain object from a DescribeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.DescribeRequest
             * @static
             * @param {brightline.v1.DescribeRequest} message DescribeRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DescribeRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this DescribeRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.DescribeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DescribeRequest.prototype.toJSON = function() {
                return DescribeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DescribeRequest
             * @function getTypeUrl
             * @memberof brightline.v1.DescribeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DescribeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.DescribeRequest";
            };

            return DescribeRequest;
        })();

        v1.DescribeReply = (function() {

            /**
             * Properties of a DescribeReply.
             * @typedef {Object} brightline.v1.DescribeReply.$Properties
             * @property {Object.<string,brightline.v1.DataKey.$Properties>|null} [data_keys] DescribeReply data_keys
             * @property {Array.<string>|null} [hinted_fields] DescribeReply hinted_fields
             * @property {string|null} [device_class] DescribeReply device_class
             * @property {brightline.v1.Error.$Properties|null} [error] DescribeReply error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeReply.
             * @memberof brightline.v1
             * @interface IDescribeReply
             * @augments brightline.v1.DescribeReply.$Properties
             * @deprecated Use brightline.v1.DescribeReply.$Properties instead.
             */

            /**
             * Shape of a DescribeReply.
             * @typedef {brightline.v1.DescribeReply.$Properties} brightline.v1.DescribeReply.$Shape
             */

            /**
             * Constructs a new DescribeReply.
             * @memberof brightline.v1
             * @classdesc Represents a DescribeReply.
             * @constructor
             * @param {brightline.v1.DescribeReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeReply = function (properties) {
                this.data_keys = {};
                this.hinted_fields = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeReply data_keys.
             * @member {Object.<string,brightline.v1.DataKey.$Properties>} data_keys
             * @memberof brightline.v1.DescribeReply
             * @instance
             */
            DescribeReply.prototype.data_keys = $util.emptyObject;

            /**
             * DescribeReply hinted_fields.
             * @member {Array.<string>} hinted_fields
             * @memberof brightline.v1.DescribeReply
             * @instance
             */
            DescribeReply.prototype.hinted_fields = $util.emptyArray;

            /**
             * DescribeReply device_class.
             * @member {string} device_class
             * @memberof brightline.v1.DescribeReply
             * @instance
             */
            DescribeReply.prototype.device_class = "";

            /**
             * DescribeReply error.
             * @member {brightline.v1.Error.$Properties|null|undefined} error
             * @memberof brightline.v1.DescribeReply
             * @instance
             */
            DescribeReply.prototype.error = null;

            /**
             * Creates a new DescribeReply instance using the specified properties.
             * @function create
             * @memberof brightline.v1.DescribeReply
             * @static
             * @param {brightline.v1.DescribeReply.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.DescribeReply} DescribeReply instance
             * @type {{
             *   (properties: brightline.v1.DescribeReply.$Shape): brightline.v1.DescribeReply & brightline.v1.DescribeReply.$Shape;
             *   (properties?: brightline.v1.DescribeReply.$Properties): brightline.v1.DescribeReply;
             * }}
             */
            DescribeReply.create = function(properties) {
                return new DescribeReply(properties);
            };

            /**
             * Encodes the specified DescribeReply message. Does not implicitly {@link brightline.v1.DescribeReply.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.DescribeReply
             * @static
             * @param {brightline.v1.DescribeReply.$Properties} message DescribeReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data_keys != null && $Object.hasOwnProperty.call(message, "data_keys"))
                    for (let keys = $Object.keys(message.data_keys), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.brightline.v1.DataKey.encode(message.data_keys[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.hinted_fields != null && message.hinted_fields.length)
                    for (let i = 0; i < message.hinted_fields.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.hinted_fields[i]);
                if (message.device_class != null && $Object.hasOwnProperty.call(message, "device_class") && message.device_class !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.device_class);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.brightline.v1.Error.encode(message.error, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DescribeReply message, length delimited. Does not implicitly {@link brightline.v1.DescribeReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.DescribeReply
             * @static
             * @param {brightline.v1.DescribeReply.$Properties} message DescribeReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DescribeReply message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.DescribeReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.DescribeReply & brightline.v1.DescribeReply.$Shape} DescribeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.DescribeReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.data_keys === $util.emptyObject)
                                message.data_keys = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.brightline.v1.DataKey.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.data_keys, key);
                            message.data_keys[key] = value || new $root.brightline.v1.DataKey();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.hinted_fields && message.hinted_fields.length))
                                message.hinted_fields = [];
                            message.hinted_fields.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device_class = value;
                            else
                                delete message.device_class;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.brightline.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DescribeReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.DescribeReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.DescribeReply & brightline.v1.DescribeReply.$Shape} DescribeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DescribeReply message.
             * @function verify
             * @memberof brightline.v1.DescribeReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DescribeReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.data_keys != null && $Object.hasOwnProperty.call(message, "data_keys")) {
                    if (!$util.isObject(message.data_keys))
                        return "data_keys: object expected";
                    let key = $Object.keys(message.data_keys);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.brightline.v1.DataKey.verify(message.data_keys[key[i]], _depth + 1);
                        if (error)
                            return "data_keys." + error;
                    }
                }
                if (message.hinted_fields != null && $Object.hasOwnProperty.call(message, "hinted_fields")) {
                    if (!$Array.isArray(message.hinted_fields))
                        return "hinted_fields: array expected";
                    for (let i = 0; i < message.hinted_fields.length; ++i)
                        if (!$util.isString(message.hinted_fields[i]))
                            return "hinted_fields: string[] expected";
                }
                if (message.device_class != null && $Object.hasOwnProperty.call(message, "device_class"))
                    if (!$util.isString(message.device_class))
                        return "device_class: string expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.brightline.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            /**
             * Creates a DescribeReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.DescribeReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.DescribeReply} DescribeReply
             */
            DescribeReply.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.DescribeReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.DescribeReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.DescribeReply();
                if (object.data_keys) {
                    if (!$util.isObject(object.data_keys))
                        throw $TypeError(".brightline.v1.DescribeReply.data_keys: object expected");
                    message.data_keys = {};
                    for (let keys = $Object.keys(object.data_keys), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.data_keys, keys[i]);
                        if (!$util.isObject(object.data_keys[keys[i]]))
                            throw $TypeError(".brightline.v1.DescribeReply.data_keys: object expected");
                        message.data_keys[keys[i]] = $root.brightline.v1.DataKey.fromObject(object.data_keys[keys[i]], _depth + 1);
                    }
                }
                if (object.hinted_fields) {
                    if (!$Array.isArray(object.hinted_fields))
                        throw $TypeError(".brightline.v1.DescribeReply.hinted_fields: array expected");
                    message.hinted_fields = $Array(object.hinted_fields.length);
                    for (let i = 0; i < object.hinted_fields.length; ++i)
                        message.hinted_fields[i] = $String(object.hinted_fields[i]);
                }
                if (object.device_class != null)
                    if (typeof object.device_class !== "string" || object.device_class.length)
                        message.device_class = $String(object.device_class);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".brightline.v1.DescribeReply.error: object expected");
                    message.error = $root.brightline.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a DescribeReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.DescribeReply
             * @static
             * @param {brightline.v1.DescribeReply} message DescribeReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DescribeReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.hinted_fields = [];
                if (options.objects || options.defaults)
                    object.data_keys = {};
                if (options.defaults) {
                    object.device_class = "";
                    object.error = null;
                }
                let keys2;
                if (message.data_keys && (keys2 = $Object.keys(message.data_keys)).length) {
                    object.data_keys = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.data_keys, keys2[j]);
                        object.data_keys[keys2[j]] = $root.brightline.v1.DataKey.toObject(message.data_keys[keys2[j]], options, _depth + 1);
                    }
                }
                if (message.hinted_fields && message.hinted_fields.length) {
                    object.hinted_fields = $Array(message.hinted_fields.length);
                    for (let j = 0; j < message.hinted_fields.length; ++j)
                        object.hinted_fields[j] = message.hinted_fields[j];
                }
                if (message.device_class != null && $Object.hasOwnProperty.call(message, "device_class"))
                    object.device_class = message.device_class;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.brightline.v1.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this DescribeReply to JSON.
             * @function toJSON
             * @memberof brightline.v1.DescribeReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DescribeReply.prototype.toJSON = function() {
                return DescribeReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DescribeReply
             * @function getTypeUrl
             * @memberof brightline.v1.DescribeReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DescribeReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.DescribeReply";
            };

            return DescribeReply;
        })();

        v1.ReadRequest = (function() {

            /**
             * Properties of a ReadRequest.
             * @typedef {Object} brightline.v1.ReadRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadRequest.
             * @memberof brightline.v1
             * @interface IReadRequest
             * @augments brightline.v1.ReadRequest.$Properties
             * @deprecated Use brightline.v1.ReadRequest.$Properties instead.
             */

            /**
             * Shape of a ReadRequest.
             * @typedef {brightline.v1.ReadRequest.$Properties} brightline.v1.ReadRequest.$Shape
             */

            /**
             * Constructs a new ReadRequest.
             * @memberof brightline.v1
             * @classdesc Represents a ReadRequest.
             * @constructor
             * @param {brightline.v1.ReadRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ReadRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.ReadRequest
             * @static
             * @param {brightline.v1.ReadRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.ReadRequest} ReadRequest instance
             * @type {{
             *   (properties: brightline.v1.ReadRequest.$Shape): brightline.v1.ReadRequest & brightline.v1.ReadRequest.$Shape;
             *   (properties?: brightline.v1.ReadRequest.$Properties): brightline.v1.ReadRequest;
             * }}
             */
            ReadRequest.create = function(properties) {
                return new ReadRequest(properties);
            };

            /**
             * Encodes the specified ReadRequest message. Does not implicitly {@link brightline.v1.ReadRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.ReadRequest
             * @static
             * @param {brightline.v1.ReadRequest.$Properties} message ReadRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ReadRequest message, length delimited. Does not implicitly {@link brightline.v1.ReadRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.ReadRequest
             * @static
             * @param {brightline.v1.ReadRequest.$Properties} message ReadRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReadRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.ReadRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.ReadRequest & brightline.v1.ReadRequest.$Shape} ReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.ReadRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ReadRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.ReadRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.ReadRequest & brightline.v1.ReadRequest.$Shape} ReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReadRequest message.
             * @function verify
             * @memberof brightline.v1.ReadRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a ReadRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.ReadRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.ReadRequest} ReadRequest
             */
            ReadRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.ReadRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.ReadRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.brightline.v1.ReadRequest();
            };

            /**
             * Creates a plain object from a ReadRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.ReadRequest
             * @static
             * @param {brightline.v1.ReadRequest} message ReadRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ReadRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.ReadRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadRequest.prototype.toJSON = function() {
                return ReadRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadRequest
             * @function getTypeUrl
             * @memberof brightline.v1.ReadRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.ReadRequest";
            };

            return ReadRequest;
        })();

        v1.ReadReply = (function() {

            /**
             * Properties of a ReadReply.
             * @typedef {Object} brightline.v1.ReadReply.$Properties
             * @property {Object.<string,brightline.v1.Reading.$Properties>|null} [readings] ReadReply readings
             * @property {Array.<brightline.v1.AssetDocument.$Properties>|null} [asset_docs] ReadReply asset_docs
             * @property {brightline.v1.Error.$Properties|null} [error] ReadReply error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadReply.
             * @memberof brightline.v1
             * @interface IReadReply
             * @augments brightline.v1.ReadReply.$Properties
             * @deprecated Use brightline.v1.ReadReply.$Properties instead.
             */

            /**
             * Shape of a ReadReply.
             * @typedef {{
             *   readings?: Object.<string,brightline.v1.Reading.$Shape>|null;
             *   asset_docs?: Array.<brightline.v1.AssetDocument.$Shape>|null;
             *   error?: brightline.v1.Error.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} brightline.v1.ReadReply.$Shape
             */

            /**
             * Constructs a new ReadReply.
             * @memberof brightline.v1
             * @classdesc Represents a ReadReply.
             * @constructor
             * @param {brightline.v1.ReadReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadReply = function (properties) {
                this.readings = {};
                this.asset_docs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReadReply readings.
             * @member {Object.<string,brightline.v1.Reading.$Properties>} readings
             * @memberof brightline.v1.ReadReply
             * @instance
             */
            ReadReply.prototype.readings = $util.emptyObject;

            /**
             * ReadReply asset_docs.
             * @member {Array.<brightline.v1.AssetDocument.$Properties>} asset_docs
             * @memberof brightline.v1.ReadReply
             * @instance
             */
            ReadReply.prototype.asset_docs = $util.emptyArray;

            /**
             * ReadReply error.
             * @member {brightline.v1.Error.$Properties|null|undefined} error
             * @memberof brightline.v1.ReadReply
             * @instance
             */
            ReadReply.prototype.error = null;

            /**
             * Creates a new ReadReply instance using the specified properties.
             * @function create
             * @memberof brightline.v1.ReadReply
             * @static
             * @param {brightline.v1.ReadReply.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.ReadReply} ReadReply instance
             * @type {{
             *   (properties: brightline.v1.ReadReply.$Shape): brightline.v1.ReadReply & brightline.v1.ReadReply.$Shape;
             *   (properties?: brightline.v1.ReadReply.$Properties): brightline.v1.ReadReply;
             * }}
             */
            ReadReply.create = function(properties) {
                return new ReadReply(properties);
            };

            /**
             * Encodes the specified ReadReply message. Does not implicitly {@link brightline.v1.ReadReply.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.ReadReply
             * @static
             * @param {brightline.v1.ReadReply.$Properties} message ReadReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.readings != null && $Object.hasOwnProperty.call(message, "readings"))
                    for (let keys = $Object.keys(message.readings), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.brightline.v1.Reading.encode(message.readings[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.asset_docs != null && message.asset_docs.length)
                    for (let i = 0; i < message.asset_docs.length; ++i)
                        $root.brightline.v1.AssetDocument.encode(message.asset_docs[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.brightline.v1.Error.encode(message.error, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ReadReply message, length delimited. Does not implicitly {@link brightline.v1.ReadReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.ReadReply
             * @static
             * @param {brightline.v1.ReadReply.$Properties} message ReadReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReadReply message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.ReadReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.ReadReply & brightline.v1.ReadReply.$Shape} ReadReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.ReadReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.readings === $util.emptyObject)
                                message.readings = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.brightline.v1.Reading.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.readings, key);
                            message.readings[key] = value || new $root.brightline.v1.Reading();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.asset_docs && message.asset_docs.length))
                                message.asset_docs = [];
                            message.asset_docs.push($root.brightline.v1.AssetDocument.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.brightline.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ReadReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.ReadReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.ReadReply & brightline.v1.ReadReply.$Shape} ReadReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReadReply message.
             * @function verify
             * @memberof brightline.v1.ReadReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.readings != null && $Object.hasOwnProperty.call(message, "readings")) {
                    if (!$util.isObject(message.readings))
                        return "readings: object expected";
                    let key = $Object.keys(message.readings);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.brightline.v1.Reading.verify(message.readings[key[i]], _depth + 1);
                        if (error)
                            return "readings." + error;
                    }
                }
                if (message.asset_docs != null && $Object.hasOwnProperty.call(message, "asset_docs")) {
                    if (!$Array.isArray(message.asset_docs))
                        return "asset_docs: array expected";
                    for (let i = 0; i < message.asset_docs.length; ++i) {
                        let error = $root.brightline.v1.AssetDocument.verify(message.asset_docs[i], _depth + 1);
                        if (error)
                            return "asset_docs." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.brightline.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            /**
             * Creates a ReadReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.ReadReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.ReadReply} ReadReply
             */
            ReadReply.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.ReadReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.ReadReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.ReadReply();
                if (object.readings) {
                    if (!$util.isObject(object.readings))
                        throw $TypeError(".brightline.v1.ReadReply.readings: object expected");
                    message.readings = {};
                    for (let keys = $Object.keys(object.readings), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.readings, keys[i]);
                        if (!$util.isObject(object.readings[keys[i]]))
                            throw $TypeError(".brightline.v1.ReadReply.readings: object expected");
                        message.readings[keys[i]] = $root.brightline.v1.Reading.fromObject(object.readings[keys[i]], _depth + 1);
                    }
                }
                if (object.asset_docs) {
                    if (!$Array.isArray(object.asset_docs))
                        throw $TypeError(".brightline.v1.ReadReply.asset_docs: array expected");
                    message.asset_docs = $Array(object.asset_docs.length);
                    for (let i = 0; i < object.asset_docs.length; ++i) {
                        if (!$util.isObject(object.asset_docs[i]))
                            throw $TypeError(".brightline.v1.ReadReply.asset_docs: object expected");
                        message.asset_docs[i] = $root.brightline.v1.AssetDocument.fromObject(object.asset_docs[i], _depth + 1);
                    }
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".brightline.v1.ReadReply.error: object expected");
                    message.error = $root.brightline.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ReadReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.ReadReply
             * @static
             * @param {brightline.v1.ReadReply} message ReadReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.asset_docs = [];
                if (options.objects || options.defaults)
                    object.readings = {};
                if (options.defaults)
                    object.error = null;
                let keys2;
                if (message.readings && (keys2 = $Object.keys(message.readings)).length) {
                    object.readings = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.readings, keys2[j]);
                        object.readings[keys2[j]] = $root.brightline.v1.Reading.toObject(message.readings[keys2[j]], options, _depth + 1);
                    }
                }
                if (message.asset_docs && message.asset_docs.length) {
                    object.asset_docs = $Array(message.asset_docs.length);
                    for (let j = 0; j < message.asset_docs.length; ++j)
                        object.asset_docs[j] = $root.brightline.v1.AssetDocument.toObject(message.asset_docs[j], options, _depth + 1);
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.brightline.v1.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ReadReply to JSON.
             * @function toJSON
             * @memberof brightline.v1.ReadReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadReply.prototype.toJSON = function() {
                return ReadReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadReply
             * @function getTypeUrl
             * @memberof brightline.v1.ReadReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.ReadReply";
            };

            return ReadReply;
        })();

        v1.AssetDocument = (function() {

            /**
             * Properties of an AssetDocument.
             * @typedef {Object} brightline.v1.AssetDocument.$Properties
             * @property {string|null} [name] AssetDocument name
             * @property {string|null} [json] AssetDocument json
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AssetDocument.
             * @memberof brightline.v1
             * @interface IAssetDocument
             * @augments brightline.v1.AssetDocument.$Properties
             * @deprecated Use brightline.v1.AssetDocument.$Properties instead.
             */

            /**
             * Shape of an AssetDocument.
             * @typedef {brightline.v1.AssetDocument.$Properties} brightline.v1.AssetDocument.$Shape
             */

            /**
             * Constructs a new AssetDocument.
             * @memberof brightline.v1
             * @classdesc Represents an AssetDocument.
             * @constructor
             * @param {brightline.v1.AssetDocument.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AssetDocument = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AssetDocument name.
             * @member {string} name
             * @memberof brightline.v1.AssetDocument
             * @instance
             */
            AssetDocument.prototype.name = "";

            /**
             * AssetDocument json.
             * @member {string} json
             * @memberof brightline.v1.AssetDocument
             * @instance
             */
            AssetDocument.prototype.json = "";

            /**
             * Creates a new AssetDocument instance using the specified properties.
             * @function create
             * @memberof brightline.v1.AssetDocument
             * @static
             * @param {brightline.v1.AssetDocument.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.AssetDocument} AssetDocument instance
             * @type {{
             *   (properties: brightline.v1.AssetDocument.$Shape): brightline.v1.AssetDocument & brightline.v1.AssetDocument.$Shape;
             *   (properties?: brightline.v1.AssetDocument.$Properties): brightline.v1.AssetDocument;
             * }}
             */
            AssetDocument.create = function(properties) {
                return new AssetDocument(properties);
            };

            /**
             * Encodes the specified AssetDocument message. Does not implicitly {@link brightline.v1.AssetDocument.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.AssetDocument
             * @static
             * @param {brightline.v1.AssetDocument.$Properties} message AssetDocument message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AssetDocument.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.json != null && $Object.hasOwnProperty.call(message, "json") && message.json !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.json);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AssetDocument message, length delimited. Does not implicitly {@link brightline.v1.AssetDocument.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.AssetDocument
             * @static
             * @param {brightline.v1.AssetDocument.$Properties} message AssetDocument message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AssetDocument.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AssetDocument message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.AssetDocument
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.AssetDocument & brightline.v1.AssetDocument.$Shape} AssetDocument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AssetDocument.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.AssetDocument();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.json = value;
                            else
                                delete message.json;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an AssetDocument message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.AssetDocument
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.AssetDocument & brightline.v1.AssetDocument.$Shape} AssetDocument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AssetDocument.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AssetDocument message.
             * @function verify
             * @memberof brightline.v1.AssetDocument
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AssetDocument.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.json != null && $Object.hasOwnProperty.call(message, "json"))
                    if (!$util.isString(message.json))
                        return "json: string expected";
                return null;
            };

            /**
             * Creates an AssetDocument message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.AssetDocument
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.AssetDocument} AssetDocument
             */
            AssetDocument.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.AssetDocument)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.AssetDocument: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.AssetDocument();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.json != null)
                    if (typeof object.json !== "string" || object.json.length)
                        message.json = $String(object.json);
                return message;
            };

            /**
             * Creates a plain object from an AssetDocument message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.AssetDocument
             * @static
             * @param {brightline.v1.AssetDocument} message AssetDocument
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AssetDocument.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.json = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.json != null && $Object.hasOwnProperty.call(message, "json"))
                    object.json = message.json;
                return object;
            };

            /**
             * Converts this AssetDocument to JSON.
             * @function toJSON
             * @memberof brightline.v1.AssetDocument
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AssetDocument.prototype.toJSON = function() {
                return AssetDocument.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AssetDocument
             * @function getTypeUrl
             * @memberof brightline.v1.AssetDocument
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AssetDocument.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.AssetDocument";
            };

            return AssetDocument;
        })();

        v1.SetRequest = (function() {

            /**
             * Properties of a SetRequest.
             * @typedef {Object} brightline.v1.SetRequest.$Properties
             * @property {brightline.v1.Value.$Properties|null} [value] SetRequest value
             * @property {number|null} [timeout_s] SetRequest timeout_s
             * @property {string|null} [status_id] SetRequest status_id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetRequest.
             * @memberof brightline.v1
             * @interface ISetRequest
             * @augments brightline.v1.SetRequest.$Properties
             * @deprecated Use brightline.v1.SetRequest.$Properties instead.
             */

            /**
             * Shape of a SetRequest.
             * @typedef {{
             *   value?: brightline.v1.Value.$Shape|null;
             *   timeout_s?: number|null;
             *   status_id?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} brightline.v1.SetRequest.$Shape
             */

            /**
             * Constructs a new SetRequest.
             * @memberof brightline.v1
             * @classdesc Represents a SetRequest.
             * @constructor
             * @param {brightline.v1.SetRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetRequest value.
             * @member {brightline.v1.Value.$Properties|null|undefined} value
             * @memberof brightline.v1.SetRequest
             * @instance
             */
            SetRequest.prototype.value = null;

            /**
             * SetRequest timeout_s.
             * @member {number} timeout_s
             * @memberof brightline.v1.SetRequest
             * @instance
             */
            SetRequest.prototype.timeout_s = 0;

            /**
             * SetRequest status_id.
             * @member {string} status_id
             * @memberof brightline.v1.SetRequest
             * @instance
             */
            SetRequest.prototype.status_id = "";

            /**
             * Creates a new SetRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.SetRequest
             * @static
             * @param {brightline.v1.SetRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.SetRequest} SetRequest instance
             * @type {{
             *   (properties: brightline.v1.SetRequest.$Shape): brightline.v1.SetRequest & brightline.v1.SetRequest.$Shape;
             *   (properties?: brightline.v1.SetRequest.$Properties): brightline.v1.SetRequest;
             * }}
             */
            SetRequest.create = function(properties) {
                return new SetRequest(properties);
            };

            /**
             * Encodes the specified SetRequest message. Does not implicitly {@link brightline.v1.SetRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.SetRequest
             * @static
             * @param {brightline.v1.SetRequest.$Properties} message SetRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    $root.brightline.v1.Value.encode(message.value, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s") && !$Object.is(message.timeout_s, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.timeout_s);
                if (message.status_id != null && $Object.hasOwnProperty.call(message, "status_id") && message.status_id !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.status_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SetRequest message, length delimited. Does not implicitly {@link brightline.v1.SetRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.SetRequest
             * @static
             * @param {brightline.v1.SetRequest.$Properties} message SetRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.SetRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.SetRequest & brightline.v1.SetRequest.$Shape} SetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.SetRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.value = $root.brightline.v1.Value.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.timeout_s = value;
                            else
                                delete message.timeout_s;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status_id = value;
                            else
                                delete message.status_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SetRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.SetRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.SetRequest & brightline.v1.SetRequest.$Shape} SetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetRequest message.
             * @function verify
             * @memberof brightline.v1.SetRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                    let error = $root.brightline.v1.Value.verify(message.value, _depth + 1);
                    if (error)
                        return "value." + error;
                }
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s"))
                    if (typeof message.timeout_s !== "number")
                        return "timeout_s: number expected";
                if (message.status_id != null && $Object.hasOwnProperty.call(message, "status_id"))
                    if (!$util.isString(message.status_id))
                        return "status_id: string expected";
                return null;
            };

            /**
             * Creates a SetRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.SetRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.SetRequest} SetRequest
             */
            SetRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.SetRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.SetRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.SetRequest();
                if (object.value != null) {
                    if (!$util.isObject(object.value))
                        throw $TypeError(".brightline.v1.SetRequest.value: object expected");
                    message.value = $root.brightline.v1.Value.fromObject(object.value, _depth + 1);
                }
                if (object.timeout_s != null)
                    if (!$Object.is($Number(object.timeout_s), 0))
                        message.timeout_s = $Number(object.timeout_s);
                if (object.status_id != null)
                    if (typeof object.status_id !== "string" || object.status_id.length)
                        message.status_id = $String(object.status_id);
                return message;
            };

            /**
             * Creates a plain object from a SetRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.SetRequest
             * @static
             * @param {brightline.v1.SetRequest} message SetRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.value = null;
                    object.timeout_s = 0;
                    object.status_id = "";
                }
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = $root.brightline.v1.Value.toObject(message.value, options, _depth + 1);
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s"))
                    object.timeout_s = options.json && !$isFinite(message.timeout_s) ? $String(message.timeout_s) : message.timeout_s;
                if (message.status_id != null && $Object.hasOwnProperty.call(message, "status_id"))
                    object.status_id = message.status_id;
                return object;
            };

            /**
             * Converts this SetRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.SetRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetRequest.prototype.toJSON = function() {
                return SetRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetRequest
             * @function getTypeUrl
             * @memberof brightline.v1.SetRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.SetRequest";
            };

            return SetRequest;
        })();

        v1.TriggerRequest = (function() {

            /**
             * Properties of a TriggerRequest.
             * @typedef {Object} brightline.v1.TriggerRequest.$Properties
             * @property {number|null} [timeout_s] TriggerRequest timeout_s
             * @property {string|null} [status_id] TriggerRequest status_id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TriggerRequest.
             * @memberof brightline.v1
             * @interface ITriggerRequest
             * @augments brightline.v1.TriggerRequest.$Properties
             * @deprecated Use brightline.v1.TriggerRequest.$Properties instead.
             */

            /**
             * Shape of a TriggerRequest.
             * @typedef {brightline.v1.TriggerRequest.$Properties} brightline.v1.TriggerRequest.$Shape
             */

            /**
             * Constructs a new TriggerRequest.
             * @memberof brightline.v1
             * @classdesc Represents a TriggerRequest.
             * @constructor
             * @param {brightline.v1.TriggerRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TriggerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TriggerRequest timeout_s.
             * @member {number} timeout_s
             * @memberof brightline.v1.TriggerRequest
             * @instance
             */
            TriggerRequest.prototype.timeout_s = 0;

            /**
             * TriggerRequest status_id.
             * @member {string} status_id
             * @memberof brightline.v1.TriggerRequest
             * @instance
             */
            TriggerRequest.prototype.status_id = "";

            /**
             * Creates a new TriggerRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.TriggerRequest
             * @static
             * @param {brightline.v1.TriggerRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.TriggerRequest} TriggerRequest instance
             * @type {{
             *   (properties: brightline.v1.TriggerRequest.$Shape): brightline.v1.TriggerRequest & brightline.v1.TriggerRequest.$Shape;
             *   (properties?: brightline.v1.TriggerRequest.$Properties): brightline.v1.TriggerRequest;
             * }}
             */
            TriggerRequest.create = function(properties) {
                return new TriggerRequest(properties);
            };

            /**
             * Encodes the specified TriggerRequest message. Does not implicitly {@link brightline.v1.TriggerRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.TriggerRequest
             * @static
             * @param {brightline.v1.TriggerRequest.$Properties} message TriggerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TriggerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s") && !$Object.is(message.timeout_s, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.timeout_s);
                if (message.status_id != null && $Object.hasOwnProperty.call(message, "status_id") && message.status_id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.status_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TriggerRequest message, length delimited. Does not implicitly {@link brightline.v1.TriggerRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.TriggerRequest
             * @static
             * @param {brightline.v1.TriggerRequest.$Properties} message TriggerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TriggerRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TriggerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.TriggerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.TriggerRequest & brightline.v1.TriggerRequest.$Shape} TriggerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TriggerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.TriggerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.timeout_s = value;
                            else
                                delete message.timeout_s;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status_id = value;
                            else
                                delete message.status_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TriggerRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.TriggerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.TriggerRequest & brightline.v1.TriggerRequest.$Shape} TriggerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TriggerRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TriggerRequest message.
             * @function verify
             * @memberof brightline.v1.TriggerRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TriggerRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s"))
                    if (typeof message.timeout_s !== "number")
                        return "timeout_s: number expected";
                if (message.status_id != null && $Object.hasOwnProperty.call(message, "status_id"))
                    if (!$util.isString(message.status_id))
                        return "status_id: string expected";
                return null;
            };

            /**
             * Creates a TriggerRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.TriggerRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.TriggerRequest} TriggerRequest
             */
            TriggerRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.TriggerRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.TriggerRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.TriggerRequest();
                if (object.timeout_s != null)
                    if (!$Object.is($Number(object.timeout_s), 0))
                        message.timeout_s = $Number(object.timeout_s);
                if (object.status_id != null)
                    if (typeof object.status_id !== "string" || object.status_id.length)
                        message.status_id = $String(object.status_id);
                return message;
            };

            /**
             * Creates a plain object from a TriggerRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.TriggerRequest
             * @static
             * @param {brightline.v1.TriggerRequest} message TriggerRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TriggerRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.timeout_s = 0;
                    object.status_id = "";
                }
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s"))
                    object.timeout_s = options.json && !$isFinite(message.timeout_s) ? $String(message.timeout_s) : message.timeout_s;
                if (message.status_id != null && $Object.hasOwnProperty.call(message, "status_id"))
                    object.status_id = message.status_id;
                return object;
            };

            /**
             * Converts this TriggerRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.TriggerRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TriggerRequest.prototype.toJSON = function() {
                return TriggerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TriggerRequest
             * @function getTypeUrl
             * @memberof brightline.v1.TriggerRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TriggerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.TriggerRequest";
            };

            return TriggerRequest;
        })();

        v1.StatusProgress = (function() {

            /**
             * Properties of a StatusProgress.
             * @typedef {Object} brightline.v1.StatusProgress.$Properties
             * @property {string|null} [beamline] StatusProgress beamline
             * @property {string|null} [device] StatusProgress device
             * @property {string|null} [status_id] StatusProgress status_id
             * @property {string|null} [operation] StatusProgress operation
             * @property {number|null} [initial] StatusProgress initial
             * @property {number|null} [current] StatusProgress current
             * @property {number|null} [target] StatusProgress target
             * @property {number|null} [fraction] StatusProgress fraction
             * @property {string|null} [units] StatusProgress units
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusProgress.
             * @memberof brightline.v1
             * @interface IStatusProgress
             * @augments brightline.v1.StatusProgress.$Properties
             * @deprecated Use brightline.v1.StatusProgress.$Properties instead.
             */

            /**
             * Shape of a StatusProgress.
             * @typedef {brightline.v1.StatusProgress.$Properties} brightline.v1.StatusProgress.$Shape
             */

            /**
             * Constructs a new StatusProgress.
             * @memberof brightline.v1
             * @classdesc Represents a StatusProgress.
             * @constructor
             * @param {brightline.v1.StatusProgress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusProgress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StatusProgress beamline.
             * @member {string} beamline
             * @memberof brightline.v1.StatusProgress
             * @instance
             */
            StatusProgress.prototype.beamline = "";

            /**
             * StatusProgress device.
             * @member {string} device
             * @memberof brightline.v1.StatusProgress
             * @instance
             */
            StatusProgress.prototype.device = "";

            /**
             * StatusProgress status_id.
             * @member {string} status_id
             * @memberof brightline.v1.StatusProgress
             * @instance
             */
            StatusProgress.prototype.status_id = "";

            /**
             * StatusProgress operation.
             * @member {string} operation
             * @memberof brightline.v1.StatusProgress
             * @instance
             */
            StatusProgress.prototype.operation = "";

            /**
             * StatusProgress initial.
             * @member {number} initial
             * @memberof brightline.v1.StatusProgress
             * @instance
             */
            StatusProgress.prototype.initial = 0;

            /**
             * StatusProgress current.
             * @member {number} current
             * @memberof brightline.v1.StatusProgress
             * @instance
             */
            StatusProgress.prototype.current = 0;

            /**
             * StatusProgress target.
             * @member {number} target
             * @memberof brightline.v1.StatusProgress
             * @instance
             */
            StatusProgress.prototype.target = 0;

            /**
             * StatusProgress fraction.
             * @member {number} fraction
             * @memberof brightline.v1.StatusProgress
             * @instance
             */
            StatusProgress.prototype.fraction = 0;

            /**
             * StatusProgress units.
             * @member {string} units
             * @memberof brightline.v1.StatusProgress
             * @instance
             */
            StatusProgress.prototype.units = "";

            /**
             * Creates a new StatusProgress instance using the specified properties.
             * @function create
             * @memberof brightline.v1.StatusProgress
             * @static
             * @param {brightline.v1.StatusProgress.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.StatusProgress} StatusProgress instance
             * @type {{
             *   (properties: brightline.v1.StatusProgress.$Shape): brightline.v1.StatusProgress & brightline.v1.StatusProgress.$Shape;
             *   (properties?: brightline.v1.StatusProgress.$Properties): brightline.v1.StatusProgress;
             * }}
             */
            StatusProgress.create = function(properties) {
                return new StatusProgress(properties);
            };

            /**
             * Encodes the specified StatusProgress message. Does not implicitly {@link brightline.v1.StatusProgress.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.StatusProgress
             * @static
             * @param {brightline.v1.StatusProgress.$Properties} message StatusProgress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusProgress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline") && message.beamline !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.beamline);
                if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.device);
                if (message.status_id != null && $Object.hasOwnProperty.call(message, "status_id") && message.status_id !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.status_id);
                if (message.operation != null && $Object.hasOwnProperty.call(message, "operation") && message.operation !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.operation);
                if (message.initial != null && $Object.hasOwnProperty.call(message, "initial") && !$Object.is(message.initial, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.initial);
                if (message.current != null && $Object.hasOwnProperty.call(message, "current") && !$Object.is(message.current, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.current);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && !$Object.is(message.target, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.target);
                if (message.fraction != null && $Object.hasOwnProperty.call(message, "fraction") && !$Object.is(message.fraction, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.fraction);
                if (message.units != null && $Object.hasOwnProperty.call(message, "units") && message.units !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.units);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StatusProgress message, length delimited. Does not implicitly {@link brightline.v1.StatusProgress.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.StatusProgress
             * @static
             * @param {brightline.v1.StatusProgress.$Properties} message StatusProgress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusProgress.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StatusProgress message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.StatusProgress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.StatusProgress & brightline.v1.StatusProgress.$Shape} StatusProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusProgress.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.StatusProgress();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.beamline = value;
                            else
                                delete message.beamline;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device = value;
                            else
                                delete message.device;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status_id = value;
                            else
                                delete message.status_id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.operation = value;
                            else
                                delete message.operation;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.initial = value;
                            else
                                delete message.initial;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.current = value;
                            else
                                delete message.current;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.fraction = value;
                            else
                                delete message.fraction;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.units = value;
                            else
                                delete message.units;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StatusProgress message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.StatusProgress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.StatusProgress & brightline.v1.StatusProgress.$Shape} StatusProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusProgress.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StatusProgress message.
             * @function verify
             * @memberof brightline.v1.StatusProgress
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StatusProgress.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    if (!$util.isString(message.beamline))
                        return "beamline: string expected";
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    if (!$util.isString(message.device))
                        return "device: string expected";
                if (message.status_id != null && $Object.hasOwnProperty.call(message, "status_id"))
                    if (!$util.isString(message.status_id))
                        return "status_id: string expected";
                if (message.operation != null && $Object.hasOwnProperty.call(message, "operation"))
                    if (!$util.isString(message.operation))
                        return "operation: string expected";
                if (message.initial != null && $Object.hasOwnProperty.call(message, "initial"))
                    if (typeof message.initial !== "number")
                        return "initial: number expected";
                if (message.current != null && $Object.hasOwnProperty.call(message, "current"))
                    if (typeof message.current !== "number")
                        return "current: number expected";
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    if (typeof message.target !== "number")
                        return "target: number expected";
                if (message.fraction != null && $Object.hasOwnProperty.call(message, "fraction"))
                    if (typeof message.fraction !== "number")
                        return "fraction: number expected";
                if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                    if (!$util.isString(message.units))
                        return "units: string expected";
                return null;
            };

            /**
             * Creates a StatusProgress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.StatusProgress
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.StatusProgress} StatusProgress
             */
            StatusProgress.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.StatusProgress)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.StatusProgress: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.StatusProgress();
                if (object.beamline != null)
                    if (typeof object.beamline !== "string" || object.beamline.length)
                        message.beamline = $String(object.beamline);
                if (object.device != null)
                    if (typeof object.device !== "string" || object.device.length)
                        message.device = $String(object.device);
                if (object.status_id != null)
                    if (typeof object.status_id !== "string" || object.status_id.length)
                        message.status_id = $String(object.status_id);
                if (object.operation != null)
                    if (typeof object.operation !== "string" || object.operation.length)
                        message.operation = $String(object.operation);
                if (object.initial != null)
                    if (!$Object.is($Number(object.initial), 0))
                        message.initial = $Number(object.initial);
                if (object.current != null)
                    if (!$Object.is($Number(object.current), 0))
                        message.current = $Number(object.current);
                if (object.target != null)
                    if (!$Object.is($Number(object.target), 0))
                        message.target = $Number(object.target);
                if (object.fraction != null)
                    if (!$Object.is($Number(object.fraction), 0))
                        message.fraction = $Number(object.fraction);
                if (object.units != null)
                    if (typeof object.units !== "string" || object.units.length)
                        message.units = $String(object.units);
                return message;
            };

            /**
             * Creates a plain object from a StatusProgress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.StatusProgress
             * @static
             * @param {brightline.v1.StatusProgress} message StatusProgress
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusProgress.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.beamline = "";
                    object.device = "";
                    object.status_id = "";
                    object.operation = "";
                    object.initial = 0;
                    object.current = 0;
                    object.target = 0;
                    object.fraction = 0;
                    object.units = "";
                }
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    object.beamline = message.beamline;
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = message.device;
                if (message.status_id != null && $Object.hasOwnProperty.call(message, "status_id"))
                    object.status_id = message.status_id;
                if (message.operation != null && $Object.hasOwnProperty.call(message, "operation"))
                    object.operation = message.operation;
                if (message.initial != null && $Object.hasOwnProperty.call(message, "initial"))
                    object.initial = options.json && !$isFinite(message.initial) ? $String(message.initial) : message.initial;
                if (message.current != null && $Object.hasOwnProperty.call(message, "current"))
                    object.current = options.json && !$isFinite(message.current) ? $String(message.current) : message.current;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = options.json && !$isFinite(message.target) ? $String(message.target) : message.target;
                if (message.fraction != null && $Object.hasOwnProperty.call(message, "fraction"))
                    object.fraction = options.json && !$isFinite(message.fraction) ? $String(message.fraction) : message.fraction;
                if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                    object.units = message.units;
                return object;
            };

            /**
             * Converts this StatusProgress to JSON.
             * @function toJSON
             * @memberof brightline.v1.StatusProgress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusProgress.prototype.toJSON = function() {
                return StatusProgress.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StatusProgress
             * @function getTypeUrl
             * @memberof brightline.v1.StatusProgress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatusProgress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.StatusProgress";
            };

            return StatusProgress;
        })();

        v1.StageRequest = (function() {

            /**
             * Properties of a StageRequest.
             * @typedef {Object} brightline.v1.StageRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StageRequest.
             * @memberof brightline.v1
             * @interface IStageRequest
             * @augments brightline.v1.StageRequest.$Properties
             * @deprecated Use brightline.v1.StageRequest.$Properties instead.
             */

            /**
             * Shape of a StageRequest.
             * @typedef {brightline.v1.StageRequest.$Properties} brightline.v1.StageRequest.$Shape
             */

            /**
             * Constructs a new StageRequest.
             * @memberof brightline.v1
             * @classdesc Represents a StageRequest.
             * @constructor
             * @param {brightline.v1.StageRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StageRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new StageRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.StageRequest
             * @static
             * @param {brightline.v1.StageRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.StageRequest} StageRequest instance
             * @type {{
             *   (properties: brightline.v1.StageRequest.$Shape): brightline.v1.StageRequest & brightline.v1.StageRequest.$Shape;
             *   (properties?: brightline.v1.StageRequest.$Properties): brightline.v1.StageRequest;
             * }}
             */
            StageRequest.create = function(properties) {
                return new StageRequest(properties);
            };

            /**
             * Encodes the specified StageRequest message. Does not implicitly {@link brightline.v1.StageRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.StageRequest
             * @static
             * @param {brightline.v1.StageRequest.$Properties} message StageRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StageRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StageRequest message, length delimited. Does not implicitly {@link brightline.v1.StageRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.StageRequest
             * @static
             * @param {brightline.v1.StageRequest.$Properties} message StageRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StageRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StageRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.StageRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.StageRequest & brightline.v1.StageRequest.$Shape} StageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StageRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.StageRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StageRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.StageRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.StageRequest & brightline.v1.StageRequest.$Shape} StageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StageRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StageRequest message.
             * @function verify
             * @memberof brightline.v1.StageRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StageRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a StageRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.StageRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.StageRequest} StageRequest
             */
            StageRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.StageRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.StageRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.brightline.v1.StageRequest();
            };

            /**
             * Creates a plain object from a StageRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.StageRequest
             * @static
             * @param {brightline.v1.StageRequest} message StageRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StageRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this StageRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.StageRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StageRequest.prototype.toJSON = function() {
                return StageRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StageRequest
             * @function getTypeUrl
             * @memberof brightline.v1.StageRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StageRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.StageRequest";
            };

            return StageRequest;
        })();

        v1.UnstageRequest = (function() {

            /**
             * Properties of an UnstageRequest.
             * @typedef {Object} brightline.v1.UnstageRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnstageRequest.
             * @memberof brightline.v1
             * @interface IUnstageRequest
             * @augments brightline.v1.UnstageRequest.$Properties
             * @deprecated Use brightline.v1.UnstageRequest.$Properties instead.
             */

            /**
             * Shape of an UnstageRequest.
             * @typedef {brightline.v1.UnstageRequest.$Properties} brightline.v1.UnstageRequest.$Shape
             */

            /**
             * Constructs a new UnstageRequest.
             * @memberof brightline.v1
             * @classdesc Represents an UnstageRequest.
             * @constructor
             * @param {brightline.v1.UnstageRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnstageRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new UnstageRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.UnstageRequest
             * @static
             * @param {brightline.v1.UnstageRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.UnstageRequest} UnstageRequest instance
             * @type {{
             *   (properties: brightline.v1.UnstageRequest.$Shape): brightline.v1.UnstageRequest & brightline.v1.UnstageRequest.$Shape;
             *   (properties?: brightline.v1.UnstageRequest.$Properties): brightline.v1.UnstageRequest;
             * }}
             */
            UnstageRequest.create = function(properties) {
                return new UnstageRequest(properties);
            };

            /**
             * Encodes the specified UnstageRequest message. Does not implicitly {@link brightline.v1.UnstageRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.UnstageRequest
             * @static
             * @param {brightline.v1.UnstageRequest.$Properties} message UnstageRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnstageRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UnstageRequest message, length delimited. Does not implicitly {@link brightline.v1.UnstageRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.UnstageRequest
             * @static
             * @param {brightline.v1.UnstageRequest.$Properties} message UnstageRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnstageRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an UnstageRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.UnstageRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.UnstageRequest & brightline.v1.UnstageRequest.$Shape} UnstageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnstageRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.UnstageRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an UnstageRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.UnstageRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.UnstageRequest & brightline.v1.UnstageRequest.$Shape} UnstageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnstageRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an UnstageRequest message.
             * @function verify
             * @memberof brightline.v1.UnstageRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UnstageRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates an UnstageRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.UnstageRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.UnstageRequest} UnstageRequest
             */
            UnstageRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.UnstageRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.UnstageRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.brightline.v1.UnstageRequest();
            };

            /**
             * Creates a plain object from an UnstageRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.UnstageRequest
             * @static
             * @param {brightline.v1.UnstageRequest} message UnstageRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UnstageRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this UnstageRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.UnstageRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UnstageRequest.prototype.toJSON = function() {
                return UnstageRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UnstageRequest
             * @function getTypeUrl
             * @memberof brightline.v1.UnstageRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnstageRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.UnstageRequest";
            };

            return UnstageRequest;
        })();

        v1.ConfigureRequest = (function() {

            /**
             * Properties of a ConfigureRequest.
             * @typedef {Object} brightline.v1.ConfigureRequest.$Properties
             * @property {Object.<string,brightline.v1.Value.$Properties>|null} [values] ConfigureRequest values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfigureRequest.
             * @memberof brightline.v1
             * @interface IConfigureRequest
             * @augments brightline.v1.ConfigureRequest.$Properties
             * @deprecated Use brightline.v1.ConfigureRequest.$Properties instead.
             */

            /**
             * Shape of a ConfigureRequest.
             * @typedef {{
             *   values?: Object.<string,brightline.v1.Value.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} brightline.v1.ConfigureRequest.$Shape
             */

            /**
             * Constructs a new ConfigureRequest.
             * @memberof brightline.v1
             * @classdesc Represents a ConfigureRequest.
             * @constructor
             * @param {brightline.v1.ConfigureRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfigureRequest = function (properties) {
                this.values = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfigureRequest values.
             * @member {Object.<string,brightline.v1.Value.$Properties>} values
             * @memberof brightline.v1.ConfigureRequest
             * @instance
             */
            ConfigureRequest.prototype.values = $util.emptyObject;

            /**
             * Creates a new ConfigureRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.ConfigureRequest
             * @static
             * @param {brightline.v1.ConfigureRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.ConfigureRequest} ConfigureRequest instance
             * @type {{
             *   (properties: brightline.v1.ConfigureRequest.$Shape): brightline.v1.ConfigureRequest & brightline.v1.ConfigureRequest.$Shape;
             *   (properties?: brightline.v1.ConfigureRequest.$Properties): brightline.v1.ConfigureRequest;
             * }}
             */
            ConfigureRequest.create = function(properties) {
                return new ConfigureRequest(properties);
            };

            /**
             * Encodes the specified ConfigureRequest message. Does not implicitly {@link brightline.v1.ConfigureRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.ConfigureRequest
             * @static
             * @param {brightline.v1.ConfigureRequest.$Properties} message ConfigureRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigureRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.values != null && $Object.hasOwnProperty.call(message, "values"))
                    for (let keys = $Object.keys(message.values), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.brightline.v1.Value.encode(message.values[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ConfigureRequest message, length delimited. Does not implicitly {@link brightline.v1.ConfigureRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.ConfigureRequest
             * @static
             * @param {brightline.v1.ConfigureRequest.$Properties} message ConfigureRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigureRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConfigureRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.ConfigureRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.ConfigureRequest & brightline.v1.ConfigureRequest.$Shape} ConfigureRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfigureRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.ConfigureRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.values === $util.emptyObject)
                                message.values = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.brightline.v1.Value.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.values, key);
                            message.values[key] = value || new $root.brightline.v1.Value();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ConfigureRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.ConfigureRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.ConfigureRequest & brightline.v1.ConfigureRequest.$Shape} ConfigureRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfigureRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConfigureRequest message.
             * @function verify
             * @memberof brightline.v1.ConfigureRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConfigureRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.values != null && $Object.hasOwnProperty.call(message, "values")) {
                    if (!$util.isObject(message.values))
                        return "values: object expected";
                    let key = $Object.keys(message.values);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.brightline.v1.Value.verify(message.values[key[i]], _depth + 1);
                        if (error)
                            return "values." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ConfigureRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.ConfigureRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.ConfigureRequest} ConfigureRequest
             */
            ConfigureRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.ConfigureRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.ConfigureRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.ConfigureRequest();
                if (object.values) {
                    if (!$util.isObject(object.values))
                        throw $TypeError(".brightline.v1.ConfigureRequest.values: object expected");
                    message.values = {};
                    for (let keys = $Object.keys(object.values), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.values, keys[i]);
                        if (!$util.isObject(object.values[keys[i]]))
                            throw $TypeError(".brightline.v1.ConfigureRequest.values: object expected");
                        message.values[keys[i]] = $root.brightline.v1.Value.fromObject(object.values[keys[i]], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ConfigureRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.ConfigureRequest
             * @static
             * @param {brightline.v1.ConfigureRequest} message ConfigureRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfigureRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.values = {};
                let keys2;
                if (message.values && (keys2 = $Object.keys(message.values)).length) {
                    object.values = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.values, keys2[j]);
                        object.values[keys2[j]] = $root.brightline.v1.Value.toObject(message.values[keys2[j]], options, _depth + 1);
                    }
                }
                return object;
            };

            /**
             * Converts this ConfigureRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.ConfigureRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfigureRequest.prototype.toJSON = function() {
                return ConfigureRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConfigureRequest
             * @function getTypeUrl
             * @memberof brightline.v1.ConfigureRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConfigureRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.ConfigureRequest";
            };

            return ConfigureRequest;
        })();

        v1.ConfigureReply = (function() {

            /**
             * Properties of a ConfigureReply.
             * @typedef {Object} brightline.v1.ConfigureReply.$Properties
             * @property {Object.<string,brightline.v1.Reading.$Properties>|null} [old] ConfigureReply old
             * @property {Object.<string,brightline.v1.Reading.$Properties>|null} ["new"] ConfigureReply new
             * @property {brightline.v1.Error.$Properties|null} [error] ConfigureReply error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfigureReply.
             * @memberof brightline.v1
             * @interface IConfigureReply
             * @augments brightline.v1.ConfigureReply.$Properties
             * @deprecated Use brightline.v1.ConfigureReply.$Properties instead.
             */

            /**
             * Shape of a ConfigureReply.
             * @typedef {{
             *   old?: Object.<string,brightline.v1.Reading.$Shape>|null;
             *   "new"?: Object.<string,brightline.v1.Reading.$Shape>|null;
             *   error?: brightline.v1.Error.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} brightline.v1.ConfigureReply.$Shape
             */

            /**
             * Constructs a new ConfigureReply.
             * @memberof brightline.v1
             * @classdesc Represents a ConfigureReply.
             * @constructor
             * @param {brightline.v1.ConfigureReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfigureReply = function (properties) {
                this.old = {};
                this["new"] = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfigureReply old.
             * @member {Object.<string,brightline.v1.Reading.$Properties>} old
             * @memberof brightline.v1.ConfigureReply
             * @instance
             */
            ConfigureReply.prototype.old = $util.emptyObject;

            /**
             * ConfigureReply new.
             * @member {Object.<string,brightline.v1.Reading.$Properties>} new
             * @memberof brightline.v1.ConfigureReply
             * @instance
             */
            ConfigureReply.prototype["new"] = $util.emptyObject;

            /**
             * ConfigureReply error.
             * @member {brightline.v1.Error.$Properties|null|undefined} error
             * @memberof brightline.v1.ConfigureReply
             * @instance
             */
            ConfigureReply.prototype.error = null;

            /**
             * Creates a new ConfigureReply instance using the specified properties.
             * @function create
             * @memberof brightline.v1.ConfigureReply
             * @static
             * @param {brightline.v1.ConfigureReply.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.ConfigureReply} ConfigureReply instance
             * @type {{
             *   (properties: brightline.v1.ConfigureReply.$Shape): brightline.v1.ConfigureReply & brightline.v1.ConfigureReply.$Shape;
             *   (properties?: brightline.v1.ConfigureReply.$Properties): brightline.v1.ConfigureReply;
             * }}
             */
            ConfigureReply.create = function(properties) {
                return new ConfigureReply(properties);
            };

            /**
             * Encodes the specified ConfigureReply message. Does not implicitly {@link brightline.v1.ConfigureReply.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.ConfigureReply
             * @static
             * @param {brightline.v1.ConfigureReply.$Properties} message ConfigureReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigureReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.old != null && $Object.hasOwnProperty.call(message, "old"))
                    for (let keys = $Object.keys(message.old), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.brightline.v1.Reading.encode(message.old[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message["new"] != null && $Object.hasOwnProperty.call(message, "new"))
                    for (let keys = $Object.keys(message["new"]), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.brightline.v1.Reading.encode(message["new"][keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.brightline.v1.Error.encode(message.error, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ConfigureReply message, length delimited. Does not implicitly {@link brightline.v1.ConfigureReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.ConfigureReply
             * @static
             * @param {brightline.v1.ConfigureReply.$Properties} message ConfigureReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigureReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConfigureReply message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.ConfigureReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.ConfigureReply & brightline.v1.ConfigureReply.$Shape} ConfigureReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfigureReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.ConfigureReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.old === $util.emptyObject)
                                message.old = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.brightline.v1.Reading.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.old, key);
                            message.old[key] = value || new $root.brightline.v1.Reading();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message["new"] === $util.emptyObject)
                                message["new"] = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.brightline.v1.Reading.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message["new"], key);
                            message["new"][key] = value || new $root.brightline.v1.Reading();
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.brightline.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ConfigureReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.ConfigureReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.ConfigureReply & brightline.v1.ConfigureReply.$Shape} ConfigureReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfigureReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConfigureReply message.
             * @function verify
             * @memberof brightline.v1.ConfigureReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConfigureReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.old != null && $Object.hasOwnProperty.call(message, "old")) {
                    if (!$util.isObject(message.old))
                        return "old: object expected";
                    let key = $Object.keys(message.old);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.brightline.v1.Reading.verify(message.old[key[i]], _depth + 1);
                        if (error)
                            return "old." + error;
                    }
                }
                if (message["new"] != null && $Object.hasOwnProperty.call(message, "new")) {
                    if (!$util.isObject(message["new"]))
                        return "new: object expected";
                    let key = $Object.keys(message["new"]);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.brightline.v1.Reading.verify(message["new"][key[i]], _depth + 1);
                        if (error)
                            return "new." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.brightline.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            /**
             * Creates a ConfigureReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.ConfigureReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.ConfigureReply} ConfigureReply
             */
            ConfigureReply.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.ConfigureReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.ConfigureReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.ConfigureReply();
                if (object.old) {
                    if (!$util.isObject(object.old))
                        throw $TypeError(".brightline.v1.ConfigureReply.old: object expected");
                    message.old = {};
                    for (let keys = $Object.keys(object.old), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.old, keys[i]);
                        if (!$util.isObject(object.old[keys[i]]))
                            throw $TypeError(".brightline.v1.ConfigureReply.old: object expected");
                        message.old[keys[i]] = $root.brightline.v1.Reading.fromObject(object.old[keys[i]], _depth + 1);
                    }
                }
                if (object["new"]) {
                    if (!$util.isObject(object["new"]))
                        throw $TypeError(".brightline.v1.ConfigureReply.new: object expected");
                    message["new"] = {};
                    for (let keys = $Object.keys(object["new"]), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message["new"], keys[i]);
                        if (!$util.isObject(object["new"][keys[i]]))
                            throw $TypeError(".brightline.v1.ConfigureReply.new: object expected");
                        message["new"][keys[i]] = $root.brightline.v1.Reading.fromObject(object["new"][keys[i]], _depth + 1);
                    }
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".brightline.v1.ConfigureReply.error: object expected");
                    message.error = $root.brightline.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ConfigureReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.ConfigureReply
             * @static
             * @param {brightline.v1.ConfigureReply} message ConfigureReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfigureReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults) {
                    object.old = {};
                    object["new"] = {};
                }
                if (options.defaults)
                    object.error = null;
                let keys2;
                if (message.old && (keys2 = $Object.keys(message.old)).length) {
                    object.old = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.old, keys2[j]);
                        object.old[keys2[j]] = $root.brightline.v1.Reading.toObject(message.old[keys2[j]], options, _depth + 1);
                    }
                }
                if (message["new"] && (keys2 = $Object.keys(message["new"])).length) {
                    object["new"] = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object["new"], keys2[j]);
                        object["new"][keys2[j]] = $root.brightline.v1.Reading.toObject(message["new"][keys2[j]], options, _depth + 1);
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.brightline.v1.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ConfigureReply to JSON.
             * @function toJSON
             * @memberof brightline.v1.ConfigureReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfigureReply.prototype.toJSON = function() {
                return ConfigureReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConfigureReply
             * @function getTypeUrl
             * @memberof brightline.v1.ConfigureReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConfigureReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.ConfigureReply";
            };

            return ConfigureReply;
        })();

        v1.ReadConfigurationRequest = (function() {

            /**
             * Properties of a ReadConfigurationRequest.
             * @typedef {Object} brightline.v1.ReadConfigurationRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadConfigurationRequest.
             * @memberof brightline.v1
             * @interface IReadConfigurationRequest
             * @augments brightline.v1.ReadConfigurationRequest.$Properties
             * @deprecated Use brightline.v1.ReadConfigurationRequest.$Properties instead.
             */

            /**
             * Shape of a ReadConfigurationRequest.
             * @typedef {brightline.v1.ReadConfigurationRequest.$Properties} brightline.v1.ReadConfigurationRequest.$Shape
             */

            /**
             * Constructs a new ReadConfigurationRequest.
             * @memberof brightline.v1
             * @classdesc Represents a ReadConfigurationRequest.
             * @constructor
             * @param {brightline.v1.ReadConfigurationRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadConfigurationRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ReadConfigurationRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.ReadConfigurationRequest
             * @static
             * @param {brightline.v1.ReadConfigurationRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.ReadConfigurationRequest} ReadConfigurationRequest instance
             * @type {{
             *   (properties: brightline.v1.ReadConfigurationRequest.$Shape): brightline.v1.ReadConfigurationRequest & brightline.v1.ReadConfigurationRequest.$Shape;
             *   (properties?: brightline.v1.ReadConfigurationRequest.$Properties): brightline.v1.ReadConfigurationRequest;
             * }}
             */
            ReadConfigurationRequest.create = function(properties) {
                return new ReadConfigurationRequest(properties);
            };

            /**
             * Encodes the specified ReadConfigurationRequest message. Does not implicitly {@link brightline.v1.ReadConfigurationRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.ReadConfigurationRequest
             * @static
             * @param {brightline.v1.ReadConfigurationRequest.$Properties} message ReadConfigurationRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadConfigurationRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ReadConfigurationRequest message, length delimited. Does not implicitly {@link brightline.v1.ReadConfigurationRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.ReadConfigurationRequest
             * @static
             * @param {brightline.v1.ReadConfigurationRequest.$Properties} message ReadConfigurationRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadConfigurationRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReadConfigurationRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.ReadConfigurationRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.ReadConfigurationRequest & brightline.v1.ReadConfigurationRequest.$Shape} ReadConfigurationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadConfigurationRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.ReadConfigurationRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ReadConfigurationRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.ReadConfigurationRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.ReadConfigurationRequest & brightline.v1.ReadConfigurationRequest.$Shape} ReadConfigurationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadConfigurationRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReadConfigurationRequest message.
             * @function verify
             * @memberof brightline.v1.ReadConfigurationRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadConfigurationRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a ReadConfigurationRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.ReadConfigurationRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.ReadConfigurationRequest} ReadConfigurationRequest
             */
            ReadConfigurationRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.ReadConfigurationRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.ReadConfigurationRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.brightline.v1.ReadConfigurationRequest();
            };

            /**
             * Creates a plain object from a ReadConfigurationRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.ReadConfigurationRequest
             * @static
             * @param {brightline.v1.ReadConfigurationRequest} message ReadConfigurationRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadConfigurationRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ReadConfigurationRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.ReadConfigurationRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadConfigurationRequest.prototype.toJSON = function() {
                return ReadConfigurationRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadConfigurationRequest
             * @function getTypeUrl
             * @memberof brightline.v1.ReadConfigurationRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadConfigurationRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.ReadConfigurationRequest";
            };

            return ReadConfigurationRequest;
        })();

        v1.DescribeConfigurationRequest = (function() {

            /**
             * Properties of a DescribeConfigurationRequest.
             * @typedef {Object} brightline.v1.DescribeConfigurationRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeConfigurationRequest.
             * @memberof brightline.v1
             * @interface IDescribeConfigurationRequest
             * @augments brightline.v1.DescribeConfigurationRequest.$Properties
             * @deprecated Use brightline.v1.DescribeConfigurationRequest.$Properties instead.
             */

            /**
             * Shape of a DescribeConfigurationRequest.
             * @typedef {brightline.v1.DescribeConfigurationRequest.$Properties} brightline.v1.DescribeConfigurationRequest.$Shape
             */

            /**
             * Constructs a new DescribeConfigurationRequest.
             * @memberof brightline.v1
             * @classdesc Represents a DescribeConfigurationRequest.
             * @constructor
             * @param {brightline.v1.DescribeConfigurationRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeConfigurationRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new DescribeConfigurationRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.DescribeConfigurationRequest
             * @static
             * @param {brightline.v1.DescribeConfigurationRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.DescribeConfigurationRequest} DescribeConfigurationRequest instance
             * @type {{
             *   (properties: brightline.v1.DescribeConfigurationRequest.$Shape): brightline.v1.DescribeConfigurationRequest & brightline.v1.DescribeConfigurationRequest.$Shape;
             *   (properties?: brightline.v1.DescribeConfigurationRequest.$Properties): brightline.v1.DescribeConfigurationRequest;
             * }}
             */
            DescribeConfigurationRequest.create = function(properties) {
                return new DescribeConfigurationRequest(properties);
            };

            /**
             * Encodes the specified DescribeConfigurationRequest message. Does not implicitly {@link brightline.v1.DescribeConfigurationRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.DescribeConfigurationRequest
             * @static
             * @param {brightline.v1.DescribeConfigurationRequest.$Properties} message DescribeConfigurationRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeConfigurationRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DescribeConfigurationRequest message, length delimited. Does not implicitly {@link brightline.v1.DescribeConfigurationRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.DescribeConfigurationRequest
             * @static
             * @param {brightline.v1.DescribeConfigurationRequest.$Properties} message DescribeConfigurationRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeConfigurationRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DescribeConfigurationRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.DescribeConfigurationRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.DescribeConfigurationRequest & brightline.v1.DescribeConfigurationRequest.$Shape} DescribeConfigurationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeConfigurationRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.DescribeConfigurationRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DescribeConfigurationRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.DescribeConfigurationRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.DescribeConfigurationRequest & brightline.v1.DescribeConfigurationRequest.$Shape} DescribeConfigurationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeConfigurationRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DescribeConfigurationRequest message.
             * @function verify
             * @memberof brightline.v1.DescribeConfigurationRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DescribeConfigurationRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a DescribeConfigurationRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.DescribeConfigurationRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.DescribeConfigurationRequest} DescribeConfigurationRequest
             */
            DescribeConfigurationRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.DescribeConfigurationRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.DescribeConfigurationRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.brightline.v1.DescribeConfigurationRequest();
            };

            /**
             * Creates a plain object from a DescribeConfigurationRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.DescribeConfigurationRequest
             * @static
             * @param {brightline.v1.DescribeConfigurationRequest} message DescribeConfigurationRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DescribeConfigurationRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this DescribeConfigurationRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.DescribeConfigurationRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DescribeConfigurationRequest.prototype.toJSON = function() {
                return DescribeConfigurationRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DescribeConfigurationRequest
             * @function getTypeUrl
             * @memberof brightline.v1.DescribeConfigurationRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DescribeConfigurationRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.DescribeConfigurationRequest";
            };

            return DescribeConfigurationRequest;
        })();

        v1.LocateRequest = (function() {

            /**
             * Properties of a LocateRequest.
             * @typedef {Object} brightline.v1.LocateRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LocateRequest.
             * @memberof brightline.v1
             * @interface ILocateRequest
             * @augments brightline.v1.LocateRequest.$Properties
             * @deprecated Use brightline.v1.LocateRequest.$Properties instead.
             */

            /**
             * Shape of a LocateRequest.
             * @typedef {brightline.v1.LocateRequest.$Properties} brightline.v1.LocateRequest.$Shape
             */

            /**
             * Constructs a new LocateRequest.
             * @memberof brightline.v1
             * @classdesc Represents a LocateRequest.
             * @constructor
             * @param {brightline.v1.LocateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LocateRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new LocateRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.LocateRequest
             * @static
             * @param {brightline.v1.LocateRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.LocateRequest} LocateRequest instance
             * @type {{
             *   (properties: brightline.v1.LocateRequest.$Shape): brightline.v1.LocateRequest & brightline.v1.LocateRequest.$Shape;
             *   (properties?: brightline.v1.LocateRequest.$Properties): brightline.v1.LocateRequest;
             * }}
             */
            LocateRequest.create = function(properties) {
                return new LocateRequest(properties);
            };

            /**
             * Encodes the specified LocateRequest message. Does not implicitly {@link brightline.v1.LocateRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.LocateRequest
             * @static
             * @param {brightline.v1.LocateRequest.$Properties} message LocateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LocateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LocateRequest message, length delimited. Does not implicitly {@link brightline.v1.LocateRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.LocateRequest
             * @static
             * @param {brightline.v1.LocateRequest.$Properties} message LocateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LocateRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LocateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.LocateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.LocateRequest & brightline.v1.LocateRequest.$Shape} LocateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LocateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.LocateRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LocateRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.LocateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.LocateRequest & brightline.v1.LocateRequest.$Shape} LocateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LocateRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LocateRequest message.
             * @function verify
             * @memberof brightline.v1.LocateRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LocateRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a LocateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.LocateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.LocateRequest} LocateRequest
             */
            LocateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.LocateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.LocateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.brightline.v1.LocateRequest();
            };

            /**
             * Creates a plain object from a LocateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.LocateRequest
             * @static
             * @param {brightline.v1.LocateRequest} message LocateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LocateRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this LocateRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.LocateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LocateRequest.prototype.toJSON = function() {
                return LocateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LocateRequest
             * @function getTypeUrl
             * @memberof brightline.v1.LocateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LocateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.LocateRequest";
            };

            return LocateRequest;
        })();

        v1.LocateReply = (function() {

            /**
             * Properties of a LocateReply.
             * @typedef {Object} brightline.v1.LocateReply.$Properties
             * @property {brightline.v1.Value.$Properties|null} [setpoint] LocateReply setpoint
             * @property {brightline.v1.Value.$Properties|null} [readback] LocateReply readback
             * @property {brightline.v1.Error.$Properties|null} [error] LocateReply error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LocateReply.
             * @memberof brightline.v1
             * @interface ILocateReply
             * @augments brightline.v1.LocateReply.$Properties
             * @deprecated Use brightline.v1.LocateReply.$Properties instead.
             */

            /**
             * Shape of a LocateReply.
             * @typedef {{
             *   setpoint?: brightline.v1.Value.$Shape|null;
             *   readback?: brightline.v1.Value.$Shape|null;
             *   error?: brightline.v1.Error.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} brightline.v1.LocateReply.$Shape
             */

            /**
             * Constructs a new LocateReply.
             * @memberof brightline.v1
             * @classdesc Represents a LocateReply.
             * @constructor
             * @param {brightline.v1.LocateReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LocateReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LocateReply setpoint.
             * @member {brightline.v1.Value.$Properties|null|undefined} setpoint
             * @memberof brightline.v1.LocateReply
             * @instance
             */
            LocateReply.prototype.setpoint = null;

            /**
             * LocateReply readback.
             * @member {brightline.v1.Value.$Properties|null|undefined} readback
             * @memberof brightline.v1.LocateReply
             * @instance
             */
            LocateReply.prototype.readback = null;

            /**
             * LocateReply error.
             * @member {brightline.v1.Error.$Properties|null|undefined} error
             * @memberof brightline.v1.LocateReply
             * @instance
             */
            LocateReply.prototype.error = null;

            /**
             * Creates a new LocateReply instance using the specified properties.
             * @function create
             * @memberof brightline.v1.LocateReply
             * @static
             * @param {brightline.v1.LocateReply.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.LocateReply} LocateReply instance
             * @type {{
             *   (properties: brightline.v1.LocateReply.$Shape): brightline.v1.LocateReply & brightline.v1.LocateReply.$Shape;
             *   (properties?: brightline.v1.LocateReply.$Properties): brightline.v1.LocateReply;
             * }}
             */
            LocateReply.create = function(properties) {
                return new LocateReply(properties);
            };

            /**
             * Encodes the specified LocateReply message. Does not implicitly {@link brightline.v1.LocateReply.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.LocateReply
             * @static
             * @param {brightline.v1.LocateReply.$Properties} message LocateReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LocateReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.setpoint != null && $Object.hasOwnProperty.call(message, "setpoint"))
                    $root.brightline.v1.Value.encode(message.setpoint, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.readback != null && $Object.hasOwnProperty.call(message, "readback"))
                    $root.brightline.v1.Value.encode(message.readback, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.brightline.v1.Error.encode(message.error, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LocateReply message, length delimited. Does not implicitly {@link brightline.v1.LocateReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.LocateReply
             * @static
             * @param {brightline.v1.LocateReply.$Properties} message LocateReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LocateReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LocateReply message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.LocateReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.LocateReply & brightline.v1.LocateReply.$Shape} LocateReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LocateReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.LocateReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.setpoint = $root.brightline.v1.Value.decode(reader, reader.size(), $undefined, _depth + 1, message.setpoint);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.readback = $root.brightline.v1.Value.decode(reader, reader.size(), $undefined, _depth + 1, message.readback);
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.brightline.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LocateReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.LocateReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.LocateReply & brightline.v1.LocateReply.$Shape} LocateReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LocateReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LocateReply message.
             * @function verify
             * @memberof brightline.v1.LocateReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LocateReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.setpoint != null && $Object.hasOwnProperty.call(message, "setpoint")) {
                    let error = $root.brightline.v1.Value.verify(message.setpoint, _depth + 1);
                    if (error)
                        return "setpoint." + error;
                }
                if (message.readback != null && $Object.hasOwnProperty.call(message, "readback")) {
                    let error = $root.brightline.v1.Value.verify(message.readback, _depth + 1);
                    if (error)
                        return "readback." + error;
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.brightline.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            /**
             * Creates a LocateReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.LocateReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.LocateReply} LocateReply
             */
            LocateReply.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.LocateReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.LocateReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.LocateReply();
                if (object.setpoint != null) {
                    if (!$util.isObject(object.setpoint))
                        throw $TypeError(".brightline.v1.LocateReply.setpoint: object expected");
                    message.setpoint = $root.brightline.v1.Value.fromObject(object.setpoint, _depth + 1);
                }
                if (object.readback != null) {
                    if (!$util.isObject(object.readback))
                        throw $TypeError(".brightline.v1.LocateReply.readback: object expected");
                    message.readback = $root.brightline.v1.Value.fromObject(object.readback, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".brightline.v1.LocateReply.error: object expected");
                    message.error = $root.brightline.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a LocateReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.LocateReply
             * @static
             * @param {brightline.v1.LocateReply} message LocateReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LocateReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.setpoint = null;
                    object.readback = null;
                    object.error = null;
                }
                if (message.setpoint != null && $Object.hasOwnProperty.call(message, "setpoint"))
                    object.setpoint = $root.brightline.v1.Value.toObject(message.setpoint, options, _depth + 1);
                if (message.readback != null && $Object.hasOwnProperty.call(message, "readback"))
                    object.readback = $root.brightline.v1.Value.toObject(message.readback, options, _depth + 1);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.brightline.v1.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this LocateReply to JSON.
             * @function toJSON
             * @memberof brightline.v1.LocateReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LocateReply.prototype.toJSON = function() {
                return LocateReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LocateReply
             * @function getTypeUrl
             * @memberof brightline.v1.LocateReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LocateReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.LocateReply";
            };

            return LocateReply;
        })();

        v1.KickoffRequest = (function() {

            /**
             * Properties of a KickoffRequest.
             * @typedef {Object} brightline.v1.KickoffRequest.$Properties
             * @property {number|null} [timeout_s] KickoffRequest timeout_s
             * @property {Object.<string,brightline.v1.Value.$Properties>|null} [params] KickoffRequest params
             * @property {string|null} [status_id] KickoffRequest status_id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KickoffRequest.
             * @memberof brightline.v1
             * @interface IKickoffRequest
             * @augments brightline.v1.KickoffRequest.$Properties
             * @deprecated Use brightline.v1.KickoffRequest.$Properties instead.
             */

            /**
             * Shape of a KickoffRequest.
             * @typedef {{
             *   timeout_s?: number|null;
             *   params?: Object.<string,brightline.v1.Value.$Shape>|null;
             *   status_id?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} brightline.v1.KickoffRequest.$Shape
             */

            /**
             * Constructs a new KickoffRequest.
             * @memberof brightline.v1
             * @classdesc Represents a KickoffRequest.
             * @constructor
             * @param {brightline.v1.KickoffRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KickoffRequest = function (properties) {
                this.params = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KickoffRequest timeout_s.
             * @member {number} timeout_s
             * @memberof brightline.v1.KickoffRequest
             * @instance
             */
            KickoffRequest.prototype.timeout_s = 0;

            /**
             * KickoffRequest params.
             * @member {Object.<string,brightline.v1.Value.$Properties>} params
             * @memberof brightline.v1.KickoffRequest
             * @instance
             */
            KickoffRequest.prototype.params = $util.emptyObject;

            /**
             * KickoffRequest status_id.
             * @member {string} status_id
             * @memberof brightline.v1.KickoffRequest
             * @instance
             */
            KickoffRequest.prototype.status_id = "";

            /**
             * Creates a new KickoffRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.KickoffRequest
             * @static
             * @param {brightline.v1.KickoffRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.KickoffRequest} KickoffRequest instance
             * @type {{
             *   (properties: brightline.v1.KickoffRequest.$Shape): brightline.v1.KickoffRequest & brightline.v1.KickoffRequest.$Shape;
             *   (properties?: brightline.v1.KickoffRequest.$Properties): brightline.v1.KickoffRequest;
             * }}
             */
            KickoffRequest.create = function(properties) {
                return new KickoffRequest(properties);
            };

            /**
             * Encodes the specified KickoffRequest message. Does not implicitly {@link brightline.v1.KickoffRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.KickoffRequest
             * @static
             * @param {brightline.v1.KickoffRequest.$Properties} message KickoffRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KickoffRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s") && !$Object.is(message.timeout_s, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.timeout_s);
                if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                    for (let keys = $Object.keys(message.params), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.brightline.v1.Value.encode(message.params[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.status_id != null && $Object.hasOwnProperty.call(message, "status_id") && message.status_id !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.status_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified KickoffRequest message, length delimited. Does not implicitly {@link brightline.v1.KickoffRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.KickoffRequest
             * @static
             * @param {brightline.v1.KickoffRequest.$Properties} message KickoffRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KickoffRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a KickoffRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.KickoffRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.KickoffRequest & brightline.v1.KickoffRequest.$Shape} KickoffRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KickoffRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.KickoffRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.timeout_s = value;
                            else
                                delete message.timeout_s;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.params === $util.emptyObject)
                                message.params = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.brightline.v1.Value.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.params, key);
                            message.params[key] = value || new $root.brightline.v1.Value();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status_id = value;
                            else
                                delete message.status_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a KickoffRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.KickoffRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.KickoffRequest & brightline.v1.KickoffRequest.$Shape} KickoffRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KickoffRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a KickoffRequest message.
             * @function verify
             * @memberof brightline.v1.KickoffRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KickoffRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s"))
                    if (typeof message.timeout_s !== "number")
                        return "timeout_s: number expected";
                if (message.params != null && $Object.hasOwnProperty.call(message, "params")) {
                    if (!$util.isObject(message.params))
                        return "params: object expected";
                    let key = $Object.keys(message.params);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.brightline.v1.Value.verify(message.params[key[i]], _depth + 1);
                        if (error)
                            return "params." + error;
                    }
                }
                if (message.status_id != null && $Object.hasOwnProperty.call(message, "status_id"))
                    if (!$util.isString(message.status_id))
                        return "status_id: string expected";
                return null;
            };

            /**
             * Creates a KickoffRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.KickoffRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.KickoffRequest} KickoffRequest
             */
            KickoffRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.KickoffRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.KickoffRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.KickoffRequest();
                if (object.timeout_s != null)
                    if (!$Object.is($Number(object.timeout_s), 0))
                        message.timeout_s = $Number(object.timeout_s);
                if (object.params) {
                    if (!$util.isObject(object.params))
                        throw $TypeError(".brightline.v1.KickoffRequest.params: object expected");
                    message.params = {};
                    for (let keys = $Object.keys(object.params), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.params, keys[i]);
                        if (!$util.isObject(object.params[keys[i]]))
                            throw $TypeError(".brightline.v1.KickoffRequest.params: object expected");
                        message.params[keys[i]] = $root.brightline.v1.Value.fromObject(object.params[keys[i]], _depth + 1);
                    }
                }
                if (object.status_id != null)
                    if (typeof object.status_id !== "string" || object.status_id.length)
                        message.status_id = $String(object.status_id);
                return message;
            };

            /**
             * Creates a plain object from a KickoffRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.KickoffRequest
             * @static
             * @param {brightline.v1.KickoffRequest} message KickoffRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KickoffRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.params = {};
                if (options.defaults) {
                    object.timeout_s = 0;
                    object.status_id = "";
                }
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s"))
                    object.timeout_s = options.json && !$isFinite(message.timeout_s) ? $String(message.timeout_s) : message.timeout_s;
                let keys2;
                if (message.params && (keys2 = $Object.keys(message.params)).length) {
                    object.params = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.params, keys2[j]);
                        object.params[keys2[j]] = $root.brightline.v1.Value.toObject(message.params[keys2[j]], options, _depth + 1);
                    }
                }
                if (message.status_id != null && $Object.hasOwnProperty.call(message, "status_id"))
                    object.status_id = message.status_id;
                return object;
            };

            /**
             * Converts this KickoffRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.KickoffRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KickoffRequest.prototype.toJSON = function() {
                return KickoffRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KickoffRequest
             * @function getTypeUrl
             * @memberof brightline.v1.KickoffRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KickoffRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.KickoffRequest";
            };

            return KickoffRequest;
        })();

        v1.CompleteRequest = (function() {

            /**
             * Properties of a CompleteRequest.
             * @typedef {Object} brightline.v1.CompleteRequest.$Properties
             * @property {number|null} [timeout_s] CompleteRequest timeout_s
             * @property {string|null} [status_id] CompleteRequest status_id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CompleteRequest.
             * @memberof brightline.v1
             * @interface ICompleteRequest
             * @augments brightline.v1.CompleteRequest.$Properties
             * @deprecated Use brightline.v1.CompleteRequest.$Properties instead.
             */

            /**
             * Shape of a CompleteRequest.
             * @typedef {brightline.v1.CompleteRequest.$Properties} brightline.v1.CompleteRequest.$Shape
             */

            /**
             * Constructs a new CompleteRequest.
             * @memberof brightline.v1
             * @classdesc Represents a CompleteRequest.
             * @constructor
             * @param {brightline.v1.CompleteRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CompleteRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CompleteRequest timeout_s.
             * @member {number} timeout_s
             * @memberof brightline.v1.CompleteRequest
             * @instance
             */
            CompleteRequest.prototype.timeout_s = 0;

            /**
             * CompleteRequest status_id.
             * @member {string} status_id
             * @memberof brightline.v1.CompleteRequest
             * @instance
             */
            CompleteRequest.prototype.status_id = "";

            /**
             * Creates a new CompleteRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.CompleteRequest
             * @static
             * @param {brightline.v1.CompleteRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.CompleteRequest} CompleteRequest instance
             * @type {{
             *   (properties: brightline.v1.CompleteRequest.$Shape): brightline.v1.CompleteRequest & brightline.v1.CompleteRequest.$Shape;
             *   (properties?: brightline.v1.CompleteRequest.$Properties): brightline.v1.CompleteRequest;
             * }}
             */
            CompleteRequest.create = function(properties) {
                return new CompleteRequest(properties);
            };

            /**
             * Encodes the specified CompleteRequest message. Does not implicitly {@link brightline.v1.CompleteRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.CompleteRequest
             * @static
             * @param {brightline.v1.CompleteRequest.$Properties} message CompleteRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompleteRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s") && !$Object.is(message.timeout_s, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.timeout_s);
                if (message.status_id != null && $Object.hasOwnProperty.call(message, "status_id") && message.status_id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.status_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CompleteRequest message, length delimited. Does not implicitly {@link brightline.v1.CompleteRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.CompleteRequest
             * @static
             * @param {brightline.v1.CompleteRequest.$Properties} message CompleteRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompleteRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CompleteRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.CompleteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.CompleteRequest & brightline.v1.CompleteRequest.$Shape} CompleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompleteRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.CompleteRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.timeout_s = value;
                            else
                                delete message.timeout_s;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status_id = value;
                            else
                                delete message.status_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CompleteRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.CompleteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.CompleteRequest & brightline.v1.CompleteRequest.$Shape} CompleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompleteRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CompleteRequest message.
             * @function verify
             * @memberof brightline.v1.CompleteRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CompleteRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s"))
                    if (typeof message.timeout_s !== "number")
                        return "timeout_s: number expected";
                if (message.status_id != null && $Object.hasOwnProperty.call(message, "status_id"))
                    if (!$util.isString(message.status_id))
                        return "status_id: string expected";
                return null;
            };

            /**
             * Creates a CompleteRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.CompleteRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.CompleteRequest} CompleteRequest
             */
            CompleteRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.CompleteRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.CompleteRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.CompleteRequest();
                if (object.timeout_s != null)
                    if (!$Object.is($Number(object.timeout_s), 0))
                        message.timeout_s = $Number(object.timeout_s);
                if (object.status_id != null)
                    if (typeof object.status_id !== "string" || object.status_id.length)
                        message.status_id = $String(object.status_id);
                return message;
            };

            /**
             * Creates a plain object from a CompleteRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.CompleteRequest
             * @static
             * @param {brightline.v1.CompleteRequest} message CompleteRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CompleteRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.timeout_s = 0;
                    object.status_id = "";
                }
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s"))
                    object.timeout_s = options.json && !$isFinite(message.timeout_s) ? $String(message.timeout_s) : message.timeout_s;
                if (message.status_id != null && $Object.hasOwnProperty.call(message, "status_id"))
                    object.status_id = message.status_id;
                return object;
            };

            /**
             * Converts this CompleteRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.CompleteRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CompleteRequest.prototype.toJSON = function() {
                return CompleteRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CompleteRequest
             * @function getTypeUrl
             * @memberof brightline.v1.CompleteRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CompleteRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.CompleteRequest";
            };

            return CompleteRequest;
        })();

        v1.CollectRequest = (function() {

            /**
             * Properties of a CollectRequest.
             * @typedef {Object} brightline.v1.CollectRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CollectRequest.
             * @memberof brightline.v1
             * @interface ICollectRequest
             * @augments brightline.v1.CollectRequest.$Properties
             * @deprecated Use brightline.v1.CollectRequest.$Properties instead.
             */

            /**
             * Shape of a CollectRequest.
             * @typedef {brightline.v1.CollectRequest.$Properties} brightline.v1.CollectRequest.$Shape
             */

            /**
             * Constructs a new CollectRequest.
             * @memberof brightline.v1
             * @classdesc Represents a CollectRequest.
             * @constructor
             * @param {brightline.v1.CollectRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CollectRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new CollectRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.CollectRequest
             * @static
             * @param {brightline.v1.CollectRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.CollectRequest} CollectRequest instance
             * @type {{
             *   (properties: brightline.v1.CollectRequest.$Shape): brightline.v1.CollectRequest & brightline.v1.CollectRequest.$Shape;
             *   (properties?: brightline.v1.CollectRequest.$Properties): brightline.v1.CollectRequest;
             * }}
             */
            CollectRequest.create = function(properties) {
                return new CollectRequest(properties);
            };

            /**
             * Encodes the specified CollectRequest message. Does not implicitly {@link brightline.v1.CollectRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.CollectRequest
             * @static
             * @param {brightline.v1.CollectRequest.$Properties} message CollectRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CollectRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CollectRequest message, length delimited. Does not implicitly {@link brightline.v1.CollectRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.CollectRequest
             * @static
             * @param {brightline.v1.CollectRequest.$Properties} message CollectRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CollectRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CollectRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.CollectRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.CollectRequest & brightline.v1.CollectRequest.$Shape} CollectRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CollectRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.CollectRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CollectRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.CollectRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.CollectRequest & brightline.v1.CollectRequest.$Shape} CollectRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CollectRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CollectRequest message.
             * @function verify
             * @memberof brightline.v1.CollectRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CollectRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a CollectRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.CollectRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.CollectRequest} CollectRequest
             */
            CollectRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.CollectRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.CollectRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.brightline.v1.CollectRequest();
            };

            /**
             * Creates a plain object from a CollectRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.CollectRequest
             * @static
             * @param {brightline.v1.CollectRequest} message CollectRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CollectRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this CollectRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.CollectRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CollectRequest.prototype.toJSON = function() {
                return CollectRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CollectRequest
             * @function getTypeUrl
             * @memberof brightline.v1.CollectRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CollectRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.CollectRequest";
            };

            return CollectRequest;
        })();

        v1.CollectedEvent = (function() {

            /**
             * Properties of a CollectedEvent.
             * @typedef {Object} brightline.v1.CollectedEvent.$Properties
             * @property {number|null} [time] CollectedEvent time
             * @property {Object.<string,brightline.v1.Value.$Properties>|null} [data] CollectedEvent data
             * @property {Object.<string,number>|null} [timestamps] CollectedEvent timestamps
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CollectedEvent.
             * @memberof brightline.v1
             * @interface ICollectedEvent
             * @augments brightline.v1.CollectedEvent.$Properties
             * @deprecated Use brightline.v1.CollectedEvent.$Properties instead.
             */

            /**
             * Shape of a CollectedEvent.
             * @typedef {{
             *   time?: number|null;
             *   data?: Object.<string,brightline.v1.Value.$Shape>|null;
             *   timestamps?: Object.<string,number>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} brightline.v1.CollectedEvent.$Shape
             */

            /**
             * Constructs a new CollectedEvent.
             * @memberof brightline.v1
             * @classdesc Represents a CollectedEvent.
             * @constructor
             * @param {brightline.v1.CollectedEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CollectedEvent = function (properties) {
                this.data = {};
                this.timestamps = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CollectedEvent time.
             * @member {number} time
             * @memberof brightline.v1.CollectedEvent
             * @instance
             */
            CollectedEvent.prototype.time = 0;

            /**
             * CollectedEvent data.
             * @member {Object.<string,brightline.v1.Value.$Properties>} data
             * @memberof brightline.v1.CollectedEvent
             * @instance
             */
            CollectedEvent.prototype.data = $util.emptyObject;

            /**
             * CollectedEvent timestamps.
             * @member {Object.<string,number>} timestamps
             * @memberof brightline.v1.CollectedEvent
             * @instance
             */
            CollectedEvent.prototype.timestamps = $util.emptyObject;

            /**
             * Creates a new CollectedEvent instance using the specified properties.
             * @function create
             * @memberof brightline.v1.CollectedEvent
             * @static
             * @param {brightline.v1.CollectedEvent.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.CollectedEvent} CollectedEvent instance
             * @type {{
             *   (properties: brightline.v1.CollectedEvent.$Shape): brightline.v1.CollectedEvent & brightline.v1.CollectedEvent.$Shape;
             *   (properties?: brightline.v1.CollectedEvent.$Properties): brightline.v1.CollectedEvent;
             * }}
             */
            CollectedEvent.create = function(properties) {
                return new CollectedEvent(properties);
            };

            /**
             * Encodes the specified CollectedEvent message. Does not implicitly {@link brightline.v1.CollectedEvent.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.CollectedEvent
             * @static
             * @param {brightline.v1.CollectedEvent.$Properties} message CollectedEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CollectedEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.time != null && $Object.hasOwnProperty.call(message, "time") && !$Object.is(message.time, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.time);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    for (let keys = $Object.keys(message.data), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.brightline.v1.Value.encode(message.data[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.timestamps != null && $Object.hasOwnProperty.call(message, "timestamps"))
                    for (let keys = $Object.keys(message.timestamps), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 1 =*/17).double(message.timestamps[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CollectedEvent message, length delimited. Does not implicitly {@link brightline.v1.CollectedEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.CollectedEvent
             * @static
             * @param {brightline.v1.CollectedEvent.$Properties} message CollectedEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CollectedEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CollectedEvent message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.CollectedEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.CollectedEvent & brightline.v1.CollectedEvent.$Shape} CollectedEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CollectedEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.CollectedEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.time = value;
                            else
                                delete message.time;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.data === $util.emptyObject)
                                message.data = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.brightline.v1.Value.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.data, key);
                            message.data[key] = value || new $root.brightline.v1.Value();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.timestamps === $util.emptyObject)
                                message.timestamps = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 1)
                                        break;
                                    value = reader.double();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.timestamps, key);
                            message.timestamps[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CollectedEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.CollectedEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.CollectedEvent & brightline.v1.CollectedEvent.$Shape} CollectedEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CollectedEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CollectedEvent message.
             * @function verify
             * @memberof brightline.v1.CollectedEvent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CollectedEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    if (typeof message.time !== "number")
                        return "time: number expected";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data")) {
                    if (!$util.isObject(message.data))
                        return "data: object expected";
                    let key = $Object.keys(message.data);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.brightline.v1.Value.verify(message.data[key[i]], _depth + 1);
                        if (error)
                            return "data." + error;
                    }
                }
                if (message.timestamps != null && $Object.hasOwnProperty.call(message, "timestamps")) {
                    if (!$util.isObject(message.timestamps))
                        return "timestamps: object expected";
                    let key = $Object.keys(message.timestamps);
                    for (let i = 0; i < key.length; ++i)
                        if (typeof message.timestamps[key[i]] !== "number")
                            return "timestamps: number{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a CollectedEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.CollectedEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.CollectedEvent} CollectedEvent
             */
            CollectedEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.CollectedEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.CollectedEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.CollectedEvent();
                if (object.time != null)
                    if (!$Object.is($Number(object.time), 0))
                        message.time = $Number(object.time);
                if (object.data) {
                    if (!$util.isObject(object.data))
                        throw $TypeError(".brightline.v1.CollectedEvent.data: object expected");
                    message.data = {};
                    for (let keys = $Object.keys(object.data), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.data, keys[i]);
                        if (!$util.isObject(object.data[keys[i]]))
                            throw $TypeError(".brightline.v1.CollectedEvent.data: object expected");
                        message.data[keys[i]] = $root.brightline.v1.Value.fromObject(object.data[keys[i]], _depth + 1);
                    }
                }
                if (object.timestamps) {
                    if (!$util.isObject(object.timestamps))
                        throw $TypeError(".brightline.v1.CollectedEvent.timestamps: object expected");
                    message.timestamps = {};
                    for (let keys = $Object.keys(object.timestamps), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.timestamps, keys[i]);
                        message.timestamps[keys[i]] = $Number(object.timestamps[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a CollectedEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.CollectedEvent
             * @static
             * @param {brightline.v1.CollectedEvent} message CollectedEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CollectedEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults) {
                    object.data = {};
                    object.timestamps = {};
                }
                if (options.defaults)
                    object.time = 0;
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    object.time = options.json && !$isFinite(message.time) ? $String(message.time) : message.time;
                let keys2;
                if (message.data && (keys2 = $Object.keys(message.data)).length) {
                    object.data = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.data, keys2[j]);
                        object.data[keys2[j]] = $root.brightline.v1.Value.toObject(message.data[keys2[j]], options, _depth + 1);
                    }
                }
                if (message.timestamps && (keys2 = $Object.keys(message.timestamps)).length) {
                    object.timestamps = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.timestamps, keys2[j]);
                        object.timestamps[keys2[j]] = options.json && !$isFinite(message.timestamps[keys2[j]]) ? $String(message.timestamps[keys2[j]]) : message.timestamps[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this CollectedEvent to JSON.
             * @function toJSON
             * @memberof brightline.v1.CollectedEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CollectedEvent.prototype.toJSON = function() {
                return CollectedEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CollectedEvent
             * @function getTypeUrl
             * @memberof brightline.v1.CollectedEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CollectedEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.CollectedEvent";
            };

            return CollectedEvent;
        })();

        v1.CollectReply = (function() {

            /**
             * Properties of a CollectReply.
             * @typedef {Object} brightline.v1.CollectReply.$Properties
             * @property {Object.<string,brightline.v1.DataKey.$Properties>|null} [data_keys] CollectReply data_keys
             * @property {Array.<brightline.v1.CollectedEvent.$Properties>|null} [events] CollectReply events
             * @property {brightline.v1.Error.$Properties|null} [error] CollectReply error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CollectReply.
             * @memberof brightline.v1
             * @interface ICollectReply
             * @augments brightline.v1.CollectReply.$Properties
             * @deprecated Use brightline.v1.CollectReply.$Properties instead.
             */

            /**
             * Shape of a CollectReply.
             * @typedef {{
             *   data_keys?: Object.<string,brightline.v1.DataKey.$Shape>|null;
             *   events?: Array.<brightline.v1.CollectedEvent.$Shape>|null;
             *   error?: brightline.v1.Error.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} brightline.v1.CollectReply.$Shape
             */

            /**
             * Constructs a new CollectReply.
             * @memberof brightline.v1
             * @classdesc Represents a CollectReply.
             * @constructor
             * @param {brightline.v1.CollectReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CollectReply = function (properties) {
                this.data_keys = {};
                this.events = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CollectReply data_keys.
             * @member {Object.<string,brightline.v1.DataKey.$Properties>} data_keys
             * @memberof brightline.v1.CollectReply
             * @instance
             */
            CollectReply.prototype.data_keys = $util.emptyObject;

            /**
             * CollectReply events.
             * @member {Array.<brightline.v1.CollectedEvent.$Properties>} events
             * @memberof brightline.v1.CollectReply
             * @instance
             */
            CollectReply.prototype.events = $util.emptyArray;

            /**
             * CollectReply error.
             * @member {brightline.v1.Error.$Properties|null|undefined} error
             * @memberof brightline.v1.CollectReply
             * @instance
             */
            CollectReply.prototype.error = null;

            /**
             * Creates a new CollectReply instance using the specified properties.
             * @function create
             * @memberof brightline.v1.CollectReply
             * @static
             * @param {brightline.v1.CollectReply.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.CollectReply} CollectReply instance
             * @type {{
             *   (properties: brightline.v1.CollectReply.$Shape): brightline.v1.CollectReply & brightline.v1.CollectReply.$Shape;
             *   (properties?: brightline.v1.CollectReply.$Properties): brightline.v1.CollectReply;
             * }}
             */
            CollectReply.create = function(properties) {
                return new CollectReply(properties);
            };

            /**
             * Encodes the specified CollectReply message. Does not implicitly {@link brightline.v1.CollectReply.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.CollectReply
             * @static
             * @param {brightline.v1.CollectReply.$Properties} message CollectReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CollectReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data_keys != null && $Object.hasOwnProperty.call(message, "data_keys"))
                    for (let keys = $Object.keys(message.data_keys), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.brightline.v1.DataKey.encode(message.data_keys[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.brightline.v1.CollectedEvent.encode(message.events[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.brightline.v1.Error.encode(message.error, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CollectReply message, length delimited. Does not implicitly {@link brightline.v1.CollectReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.CollectReply
             * @static
             * @param {brightline.v1.CollectReply.$Properties} message CollectReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CollectReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CollectReply message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.CollectReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.CollectReply & brightline.v1.CollectReply.$Shape} CollectReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CollectReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.CollectReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.data_keys === $util.emptyObject)
                                message.data_keys = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.brightline.v1.DataKey.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.data_keys, key);
                            message.data_keys[key] = value || new $root.brightline.v1.DataKey();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.brightline.v1.CollectedEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.brightline.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CollectReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.CollectReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.CollectReply & brightline.v1.CollectReply.$Shape} CollectReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CollectReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CollectReply message.
             * @function verify
             * @memberof brightline.v1.CollectReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CollectReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.data_keys != null && $Object.hasOwnProperty.call(message, "data_keys")) {
                    if (!$util.isObject(message.data_keys))
                        return "data_keys: object expected";
                    let key = $Object.keys(message.data_keys);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.brightline.v1.DataKey.verify(message.data_keys[key[i]], _depth + 1);
                        if (error)
                            return "data_keys." + error;
                    }
                }
                if (message.events != null && $Object.hasOwnProperty.call(message, "events")) {
                    if (!$Array.isArray(message.events))
                        return "events: array expected";
                    for (let i = 0; i < message.events.length; ++i) {
                        let error = $root.brightline.v1.CollectedEvent.verify(message.events[i], _depth + 1);
                        if (error)
                            return "events." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.brightline.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            /**
             * Creates a CollectReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.CollectReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.CollectReply} CollectReply
             */
            CollectReply.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.CollectReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.CollectReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.CollectReply();
                if (object.data_keys) {
                    if (!$util.isObject(object.data_keys))
                        throw $TypeError(".brightline.v1.CollectReply.data_keys: object expected");
                    message.data_keys = {};
                    for (let keys = $Object.keys(object.data_keys), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.data_keys, keys[i]);
                        if (!$util.isObject(object.data_keys[keys[i]]))
                            throw $TypeError(".brightline.v1.CollectReply.data_keys: object expected");
                        message.data_keys[keys[i]] = $root.brightline.v1.DataKey.fromObject(object.data_keys[keys[i]], _depth + 1);
                    }
                }
                if (object.events) {
                    if (!$Array.isArray(object.events))
                        throw $TypeError(".brightline.v1.CollectReply.events: array expected");
                    message.events = $Array(object.events.length);
                    for (let i = 0; i < object.events.length; ++i) {
                        if (!$util.isObject(object.events[i]))
                            throw $TypeError(".brightline.v1.CollectReply.events: object expected");
                        message.events[i] = $root.brightline.v1.CollectedEvent.fromObject(object.events[i], _depth + 1);
                    }
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".brightline.v1.CollectReply.error: object expected");
                    message.error = $root.brightline.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a CollectReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.CollectReply
             * @static
             * @param {brightline.v1.CollectReply} message CollectReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CollectReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.events = [];
                if (options.objects || options.defaults)
                    object.data_keys = {};
                if (options.defaults)
                    object.error = null;
                let keys2;
                if (message.data_keys && (keys2 = $Object.keys(message.data_keys)).length) {
                    object.data_keys = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.data_keys, keys2[j]);
                        object.data_keys[keys2[j]] = $root.brightline.v1.DataKey.toObject(message.data_keys[keys2[j]], options, _depth + 1);
                    }
                }
                if (message.events && message.events.length) {
                    object.events = $Array(message.events.length);
                    for (let j = 0; j < message.events.length; ++j)
                        object.events[j] = $root.brightline.v1.CollectedEvent.toObject(message.events[j], options, _depth + 1);
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.brightline.v1.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this CollectReply to JSON.
             * @function toJSON
             * @memberof brightline.v1.CollectReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CollectReply.prototype.toJSON = function() {
                return CollectReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CollectReply
             * @function getTypeUrl
             * @memberof brightline.v1.CollectReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CollectReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.CollectReply";
            };

            return CollectReply;
        })();

        v1.StatusReply = (function() {

            /**
             * Properties of a StatusReply.
             * @typedef {Object} brightline.v1.StatusReply.$Properties
             * @property {boolean|null} [success] StatusReply success
             * @property {number|null} [elapsed_s] StatusReply elapsed_s
             * @property {brightline.v1.Error.$Properties|null} [error] StatusReply error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusReply.
             * @memberof brightline.v1
             * @interface IStatusReply
             * @augments brightline.v1.StatusReply.$Properties
             * @deprecated Use brightline.v1.StatusReply.$Properties instead.
             */

            /**
             * Shape of a StatusReply.
             * @typedef {brightline.v1.StatusReply.$Properties} brightline.v1.StatusReply.$Shape
             */

            /**
             * Constructs a new StatusReply.
             * @memberof brightline.v1
             * @classdesc Represents a StatusReply.
             * @constructor
             * @param {brightline.v1.StatusReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StatusReply success.
             * @member {boolean} success
             * @memberof brightline.v1.StatusReply
             * @instance
             */
            StatusReply.prototype.success = false;

            /**
             * StatusReply elapsed_s.
             * @member {number} elapsed_s
             * @memberof brightline.v1.StatusReply
             * @instance
             */
            StatusReply.prototype.elapsed_s = 0;

            /**
             * StatusReply error.
             * @member {brightline.v1.Error.$Properties|null|undefined} error
             * @memberof brightline.v1.StatusReply
             * @instance
             */
            StatusReply.prototype.error = null;

            /**
             * Creates a new StatusReply instance using the specified properties.
             * @function create
             * @memberof brightline.v1.StatusReply
             * @static
             * @param {brightline.v1.StatusReply.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.StatusReply} StatusReply instance
             * @type {{
             *   (properties: brightline.v1.StatusReply.$Shape): brightline.v1.StatusReply & brightline.v1.StatusReply.$Shape;
             *   (properties?: brightline.v1.StatusReply.$Properties): brightline.v1.StatusReply;
             * }}
             */
            StatusReply.create = function(properties) {
                return new StatusReply(properties);
            };

            /**
             * Encodes the specified StatusReply message. Does not implicitly {@link brightline.v1.StatusReply.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.StatusReply
             * @static
             * @param {brightline.v1.StatusReply.$Properties} message StatusReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.success);
                if (message.elapsed_s != null && $Object.hasOwnProperty.call(message, "elapsed_s") && !$Object.is(message.elapsed_s, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.elapsed_s);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.brightline.v1.Error.encode(message.error, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StatusReply message, length delimited. Does not implicitly {@link brightline.v1.StatusReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.StatusReply
             * @static
             * @param {brightline.v1.StatusReply.$Properties} message StatusReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StatusReply message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.StatusReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.StatusReply & brightline.v1.StatusReply.$Shape} StatusReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.StatusReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.success = value;
                            else
                                delete message.success;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.elapsed_s = value;
                            else
                                delete message.elapsed_s;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.brightline.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StatusReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.StatusReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.StatusReply & brightline.v1.StatusReply.$Shape} StatusReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StatusReply message.
             * @function verify
             * @memberof brightline.v1.StatusReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StatusReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    if (typeof message.success !== "boolean")
                        return "success: boolean expected";
                if (message.elapsed_s != null && $Object.hasOwnProperty.call(message, "elapsed_s"))
                    if (typeof message.elapsed_s !== "number")
                        return "elapsed_s: number expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.brightline.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            /**
             * Creates a StatusReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.StatusReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.StatusReply} StatusReply
             */
            StatusReply.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.StatusReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.StatusReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.StatusReply();
                if (object.success != null)
                    if (object.success)
                        message.success = $Boolean(object.success);
                if (object.elapsed_s != null)
                    if (!$Object.is($Number(object.elapsed_s), 0))
                        message.elapsed_s = $Number(object.elapsed_s);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".brightline.v1.StatusReply.error: object expected");
                    message.error = $root.brightline.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a StatusReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.StatusReply
             * @static
             * @param {brightline.v1.StatusReply} message StatusReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.success = false;
                    object.elapsed_s = 0;
                    object.error = null;
                }
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    object.success = message.success;
                if (message.elapsed_s != null && $Object.hasOwnProperty.call(message, "elapsed_s"))
                    object.elapsed_s = options.json && !$isFinite(message.elapsed_s) ? $String(message.elapsed_s) : message.elapsed_s;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.brightline.v1.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this StatusReply to JSON.
             * @function toJSON
             * @memberof brightline.v1.StatusReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusReply.prototype.toJSON = function() {
                return StatusReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StatusReply
             * @function getTypeUrl
             * @memberof brightline.v1.StatusReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatusReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.StatusReply";
            };

            return StatusReply;
        })();

        v1.StopRequest = (function() {

            /**
             * Properties of a StopRequest.
             * @typedef {Object} brightline.v1.StopRequest.$Properties
             * @property {boolean|null} [success] StopRequest success
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StopRequest.
             * @memberof brightline.v1
             * @interface IStopRequest
             * @augments brightline.v1.StopRequest.$Properties
             * @deprecated Use brightline.v1.StopRequest.$Properties instead.
             */

            /**
             * Shape of a StopRequest.
             * @typedef {brightline.v1.StopRequest.$Properties} brightline.v1.StopRequest.$Shape
             */

            /**
             * Constructs a new StopRequest.
             * @memberof brightline.v1
             * @classdesc Represents a StopRequest.
             * @constructor
             * @param {brightline.v1.StopRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StopRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StopRequest success.
             * @member {boolean} success
             * @memberof brightline.v1.StopRequest
             * @instance
             */
            StopRequest.prototype.success = false;

            /**
             * Creates a new StopRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.StopRequest
             * @static
             * @param {brightline.v1.StopRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.StopRequest} StopRequest instance
             * @type {{
             *   (properties: brightline.v1.StopRequest.$Shape): brightline.v1.StopRequest & brightline.v1.StopRequest.$Shape;
             *   (properties?: brightline.v1.StopRequest.$Properties): brightline.v1.StopRequest;
             * }}
             */
            StopRequest.create = function(properties) {
                return new StopRequest(properties);
            };

            /**
             * Encodes the specified StopRequest message. Does not implicitly {@link brightline.v1.StopRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.StopRequest
             * @static
             * @param {brightline.v1.StopRequest.$Properties} message StopRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.success);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StopRequest message, length delimited. Does not implicitly {@link brightline.v1.StopRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.StopRequest
             * @static
             * @param {brightline.v1.StopRequest.$Properties} message StopRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StopRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.StopRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.StopRequest & brightline.v1.StopRequest.$Shape} StopRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.StopRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.success = value;
                            else
                                delete message.success;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StopRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.StopRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.StopRequest & brightline.v1.StopRequest.$Shape} StopRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StopRequest message.
             * @function verify
             * @memberof brightline.v1.StopRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StopRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    if (typeof message.success !== "boolean")
                        return "success: boolean expected";
                return null;
            };

            /**
             * Creates a StopRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.StopRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.StopRequest} StopRequest
             */
            StopRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.StopRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.StopRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.StopRequest();
                if (object.success != null)
                    if (object.success)
                        message.success = $Boolean(object.success);
                return message;
            };

            /**
             * Creates a plain object from a StopRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.StopRequest
             * @static
             * @param {brightline.v1.StopRequest} message StopRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StopRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.success = false;
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    object.success = message.success;
                return object;
            };

            /**
             * Converts this StopRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.StopRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StopRequest.prototype.toJSON = function() {
                return StopRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StopRequest
             * @function getTypeUrl
             * @memberof brightline.v1.StopRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StopRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.StopRequest";
            };

            return StopRequest;
        })();

        v1.CommandReply = (function() {

            /**
             * Properties of a CommandReply.
             * @typedef {Object} brightline.v1.CommandReply.$Properties
             * @property {brightline.v1.Error.$Properties|null} [error] CommandReply error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandReply.
             * @memberof brightline.v1
             * @interface ICommandReply
             * @augments brightline.v1.CommandReply.$Properties
             * @deprecated Use brightline.v1.CommandReply.$Properties instead.
             */

            /**
             * Shape of a CommandReply.
             * @typedef {brightline.v1.CommandReply.$Properties} brightline.v1.CommandReply.$Shape
             */

            /**
             * Constructs a new CommandReply.
             * @memberof brightline.v1
             * @classdesc Represents a CommandReply.
             * @constructor
             * @param {brightline.v1.CommandReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommandReply error.
             * @member {brightline.v1.Error.$Properties|null|undefined} error
             * @memberof brightline.v1.CommandReply
             * @instance
             */
            CommandReply.prototype.error = null;

            /**
             * Creates a new CommandReply instance using the specified properties.
             * @function create
             * @memberof brightline.v1.CommandReply
             * @static
             * @param {brightline.v1.CommandReply.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.CommandReply} CommandReply instance
             * @type {{
             *   (properties: brightline.v1.CommandReply.$Shape): brightline.v1.CommandReply & brightline.v1.CommandReply.$Shape;
             *   (properties?: brightline.v1.CommandReply.$Properties): brightline.v1.CommandReply;
             * }}
             */
            CommandReply.create = function(properties) {
                return new CommandReply(properties);
            };

            /**
             * Encodes the specified CommandReply message. Does not implicitly {@link brightline.v1.CommandReply.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.CommandReply
             * @static
             * @param {brightline.v1.CommandReply.$Properties} message CommandReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.brightline.v1.Error.encode(message.error, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CommandReply message, length delimited. Does not implicitly {@link brightline.v1.CommandReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.CommandReply
             * @static
             * @param {brightline.v1.CommandReply.$Properties} message CommandReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CommandReply message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.CommandReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.CommandReply & brightline.v1.CommandReply.$Shape} CommandReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.CommandReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.brightline.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CommandReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.CommandReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.CommandReply & brightline.v1.CommandReply.$Shape} CommandReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CommandReply message.
             * @function verify
             * @memberof brightline.v1.CommandReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CommandReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.brightline.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            /**
             * Creates a CommandReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.CommandReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.CommandReply} CommandReply
             */
            CommandReply.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.CommandReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.CommandReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.CommandReply();
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".brightline.v1.CommandReply.error: object expected");
                    message.error = $root.brightline.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a CommandReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.CommandReply
             * @static
             * @param {brightline.v1.CommandReply} message CommandReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommandReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.error = null;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.brightline.v1.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this CommandReply to JSON.
             * @function toJSON
             * @memberof brightline.v1.CommandReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommandReply.prototype.toJSON = function() {
                return CommandReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommandReply
             * @function getTypeUrl
             * @memberof brightline.v1.CommandReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommandReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.CommandReply";
            };

            return CommandReply;
        })();

        v1.ReadingUpdate = (function() {

            /**
             * Properties of a ReadingUpdate.
             * @typedef {Object} brightline.v1.ReadingUpdate.$Properties
             * @property {string|null} [beamline] ReadingUpdate beamline
             * @property {string|null} [device] ReadingUpdate device
             * @property {Object.<string,brightline.v1.Reading.$Properties>|null} [readings] ReadingUpdate readings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadingUpdate.
             * @memberof brightline.v1
             * @interface IReadingUpdate
             * @augments brightline.v1.ReadingUpdate.$Properties
             * @deprecated Use brightline.v1.ReadingUpdate.$Properties instead.
             */

            /**
             * Shape of a ReadingUpdate.
             * @typedef {{
             *   beamline?: string|null;
             *   device?: string|null;
             *   readings?: Object.<string,brightline.v1.Reading.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} brightline.v1.ReadingUpdate.$Shape
             */

            /**
             * Constructs a new ReadingUpdate.
             * @memberof brightline.v1
             * @classdesc Represents a ReadingUpdate.
             * @constructor
             * @param {brightline.v1.ReadingUpdate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadingUpdate = function (properties) {
                this.readings = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReadingUpdate beamline.
             * @member {string} beamline
             * @memberof brightline.v1.ReadingUpdate
             * @instance
             */
            ReadingUpdate.prototype.beamline = "";

            /**
             * ReadingUpdate device.
             * @member {string} device
             * @memberof brightline.v1.ReadingUpdate
             * @instance
             */
            ReadingUpdate.prototype.device = "";

            /**
             * ReadingUpdate readings.
             * @member {Object.<string,brightline.v1.Reading.$Properties>} readings
             * @memberof brightline.v1.ReadingUpdate
             * @instance
             */
            ReadingUpdate.prototype.readings = $util.emptyObject;

            /**
             * Creates a new ReadingUpdate instance using the specified properties.
             * @function create
             * @memberof brightline.v1.ReadingUpdate
             * @static
             * @param {brightline.v1.ReadingUpdate.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.ReadingUpdate} ReadingUpdate instance
             * @type {{
             *   (properties: brightline.v1.ReadingUpdate.$Shape): brightline.v1.ReadingUpdate & brightline.v1.ReadingUpdate.$Shape;
             *   (properties?: brightline.v1.ReadingUpdate.$Properties): brightline.v1.ReadingUpdate;
             * }}
             */
            ReadingUpdate.create = function(properties) {
                return new ReadingUpdate(properties);
            };

            /**
             * Encodes the specified ReadingUpdate message. Does not implicitly {@link brightline.v1.ReadingUpdate.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.ReadingUpdate
             * @static
             * @param {brightline.v1.ReadingUpdate.$Properties} message ReadingUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadingUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline") && message.beamline !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.beamline);
                if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.device);
                if (message.readings != null && $Object.hasOwnProperty.call(message, "readings"))
                    for (let keys = $Object.keys(message.readings), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.brightline.v1.Reading.encode(message.readings[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ReadingUpdate message, length delimited. Does not implicitly {@link brightline.v1.ReadingUpdate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.ReadingUpdate
             * @static
             * @param {brightline.v1.ReadingUpdate.$Properties} message ReadingUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadingUpdate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReadingUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.ReadingUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.ReadingUpdate & brightline.v1.ReadingUpdate.$Shape} ReadingUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadingUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.ReadingUpdate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.beamline = value;
                            else
                                delete message.beamline;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device = value;
                            else
                                delete message.device;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.readings === $util.emptyObject)
                                message.readings = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.brightline.v1.Reading.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.readings, key);
                            message.readings[key] = value || new $root.brightline.v1.Reading();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ReadingUpdate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.ReadingUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.ReadingUpdate & brightline.v1.ReadingUpdate.$Shape} ReadingUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadingUpdate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReadingUpdate message.
             * @function verify
             * @memberof brightline.v1.ReadingUpdate
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadingUpdate.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    if (!$util.isString(message.beamline))
                        return "beamline: string expected";
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    if (!$util.isString(message.device))
                        return "device: string expected";
                if (message.readings != null && $Object.hasOwnProperty.call(message, "readings")) {
                    if (!$util.isObject(message.readings))
                        return "readings: object expected";
                    let key = $Object.keys(message.readings);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.brightline.v1.Reading.verify(message.readings[key[i]], _depth + 1);
                        if (error)
                            return "readings." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ReadingUpdate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.ReadingUpdate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.ReadingUpdate} ReadingUpdate
             */
            ReadingUpdate.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.ReadingUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.ReadingUpdate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.ReadingUpdate();
                if (object.beamline != null)
                    if (typeof object.beamline !== "string" || object.beamline.length)
                        message.beamline = $String(object.beamline);
                if (object.device != null)
                    if (typeof object.device !== "string" || object.device.length)
                        message.device = $String(object.device);
                if (object.readings) {
                    if (!$util.isObject(object.readings))
                        throw $TypeError(".brightline.v1.ReadingUpdate.readings: object expected");
                    message.readings = {};
                    for (let keys = $Object.keys(object.readings), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.readings, keys[i]);
                        if (!$util.isObject(object.readings[keys[i]]))
                            throw $TypeError(".brightline.v1.ReadingUpdate.readings: object expected");
                        message.readings[keys[i]] = $root.brightline.v1.Reading.fromObject(object.readings[keys[i]], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ReadingUpdate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.ReadingUpdate
             * @static
             * @param {brightline.v1.ReadingUpdate} message ReadingUpdate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadingUpdate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.readings = {};
                if (options.defaults) {
                    object.beamline = "";
                    object.device = "";
                }
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    object.beamline = message.beamline;
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = message.device;
                let keys2;
                if (message.readings && (keys2 = $Object.keys(message.readings)).length) {
                    object.readings = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.readings, keys2[j]);
                        object.readings[keys2[j]] = $root.brightline.v1.Reading.toObject(message.readings[keys2[j]], options, _depth + 1);
                    }
                }
                return object;
            };

            /**
             * Converts this ReadingUpdate to JSON.
             * @function toJSON
             * @memberof brightline.v1.ReadingUpdate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadingUpdate.prototype.toJSON = function() {
                return ReadingUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadingUpdate
             * @function getTypeUrl
             * @memberof brightline.v1.ReadingUpdate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadingUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.ReadingUpdate";
            };

            return ReadingUpdate;
        })();

        v1.DeviceHealth = (function() {

            /**
             * Properties of a DeviceHealth.
             * @typedef {Object} brightline.v1.DeviceHealth.$Properties
             * @property {string|null} [beamline] DeviceHealth beamline
             * @property {string|null} [device] DeviceHealth device
             * @property {string|null} [state] DeviceHealth state
             * @property {number|null} [since] DeviceHealth since
             * @property {string|null} [reason] DeviceHealth reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceHealth.
             * @memberof brightline.v1
             * @interface IDeviceHealth
             * @augments brightline.v1.DeviceHealth.$Properties
             * @deprecated Use brightline.v1.DeviceHealth.$Properties instead.
             */

            /**
             * Shape of a DeviceHealth.
             * @typedef {brightline.v1.DeviceHealth.$Properties} brightline.v1.DeviceHealth.$Shape
             */

            /**
             * Constructs a new DeviceHealth.
             * @memberof brightline.v1
             * @classdesc Represents a DeviceHealth.
             * @constructor
             * @param {brightline.v1.DeviceHealth.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceHealth = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceHealth beamline.
             * @member {string} beamline
             * @memberof brightline.v1.DeviceHealth
             * @instance
             */
            DeviceHealth.prototype.beamline = "";

            /**
             * DeviceHealth device.
             * @member {string} device
             * @memberof brightline.v1.DeviceHealth
             * @instance
             */
            DeviceHealth.prototype.device = "";

            /**
             * DeviceHealth state.
             * @member {string} state
             * @memberof brightline.v1.DeviceHealth
             * @instance
             */
            DeviceHealth.prototype.state = "";

            /**
             * DeviceHealth since.
             * @member {number} since
             * @memberof brightline.v1.DeviceHealth
             * @instance
             */
            DeviceHealth.prototype.since = 0;

            /**
             * DeviceHealth reason.
             * @member {string} reason
             * @memberof brightline.v1.DeviceHealth
             * @instance
             */
            DeviceHealth.prototype.reason = "";

            /**
             * Creates a new DeviceHealth instance using the specified properties.
             * @function create
             * @memberof brightline.v1.DeviceHealth
             * @static
             * @param {brightline.v1.DeviceHealth.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.DeviceHealth} DeviceHealth instance
             * @type {{
             *   (properties: brightline.v1.DeviceHealth.$Shape): brightline.v1.DeviceHealth & brightline.v1.DeviceHealth.$Shape;
             *   (properties?: brightline.v1.DeviceHealth.$Properties): brightline.v1.DeviceHealth;
             * }}
             */
            DeviceHealth.create = function(properties) {
                return new DeviceHealth(properties);
            };

            /**
             * Encodes the specified DeviceHealth message. Does not implicitly {@link brightline.v1.DeviceHealth.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.DeviceHealth
             * @static
             * @param {brightline.v1.DeviceHealth.$Properties} message DeviceHealth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceHealth.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline") && message.beamline !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.beamline);
                if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.device);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.state);
                if (message.since != null && $Object.hasOwnProperty.call(message, "since") && !$Object.is(message.since, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.since);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeviceHealth message, length delimited. Does not implicitly {@link brightline.v1.DeviceHealth.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.DeviceHealth
             * @static
             * @param {brightline.v1.DeviceHealth.$Properties} message DeviceHealth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceHealth.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceHealth message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.DeviceHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.DeviceHealth & brightline.v1.DeviceHealth.$Shape} DeviceHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceHealth.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.DeviceHealth();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.beamline = value;
                            else
                                delete message.beamline;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device = value;
                            else
                                delete message.device;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.since = value;
                            else
                                delete message.since;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DeviceHealth message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.DeviceHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.DeviceHealth & brightline.v1.DeviceHealth.$Shape} DeviceHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceHealth.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceHealth message.
             * @function verify
             * @memberof brightline.v1.DeviceHealth
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceHealth.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    if (!$util.isString(message.beamline))
                        return "beamline: string expected";
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    if (!$util.isString(message.device))
                        return "device: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.since != null && $Object.hasOwnProperty.call(message, "since"))
                    if (typeof message.since !== "number")
                        return "since: number expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a DeviceHealth message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.DeviceHealth
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.DeviceHealth} DeviceHealth
             */
            DeviceHealth.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.DeviceHealth)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.DeviceHealth: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.DeviceHealth();
                if (object.beamline != null)
                    if (typeof object.beamline !== "string" || object.beamline.length)
                        message.beamline = $String(object.beamline);
                if (object.device != null)
                    if (typeof object.device !== "string" || object.device.length)
                        message.device = $String(object.device);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.since != null)
                    if (!$Object.is($Number(object.since), 0))
                        message.since = $Number(object.since);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a DeviceHealth message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.DeviceHealth
             * @static
             * @param {brightline.v1.DeviceHealth} message DeviceHealth
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceHealth.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.beamline = "";
                    object.device = "";
                    object.state = "";
                    object.since = 0;
                    object.reason = "";
                }
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    object.beamline = message.beamline;
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = message.device;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.since != null && $Object.hasOwnProperty.call(message, "since"))
                    object.since = options.json && !$isFinite(message.since) ? $String(message.since) : message.since;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this DeviceHealth to JSON.
             * @function toJSON
             * @memberof brightline.v1.DeviceHealth
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceHealth.prototype.toJSON = function() {
                return DeviceHealth.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceHealth
             * @function getTypeUrl
             * @memberof brightline.v1.DeviceHealth
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceHealth.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.DeviceHealth";
            };

            return DeviceHealth;
        })();

        v1.DocumentEnvelope = (function() {

            /**
             * Properties of a DocumentEnvelope.
             * @typedef {Object} brightline.v1.DocumentEnvelope.$Properties
             * @property {string|null} [name] DocumentEnvelope name
             * @property {string|null} [uid] DocumentEnvelope uid
             * @property {string|null} [run_uid] DocumentEnvelope run_uid
             * @property {string|null} [json] DocumentEnvelope json
             * @property {string|null} [beamline] DocumentEnvelope beamline
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DocumentEnvelope.
             * @memberof brightline.v1
             * @interface IDocumentEnvelope
             * @augments brightline.v1.DocumentEnvelope.$Properties
             * @deprecated Use brightline.v1.DocumentEnvelope.$Properties instead.
             */

            /**
             * Shape of a DocumentEnvelope.
             * @typedef {brightline.v1.DocumentEnvelope.$Properties} brightline.v1.DocumentEnvelope.$Shape
             */

            /**
             * Constructs a new DocumentEnvelope.
             * @memberof brightline.v1
             * @classdesc Represents a DocumentEnvelope.
             * @constructor
             * @param {brightline.v1.DocumentEnvelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DocumentEnvelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DocumentEnvelope name.
             * @member {string} name
             * @memberof brightline.v1.DocumentEnvelope
             * @instance
             */
            DocumentEnvelope.prototype.name = "";

            /**
             * DocumentEnvelope uid.
             * @member {string} uid
             * @memberof brightline.v1.DocumentEnvelope
             * @instance
             */
            DocumentEnvelope.prototype.uid = "";

            /**
             * DocumentEnvelope run_uid.
             * @member {string} run_uid
             * @memberof brightline.v1.DocumentEnvelope
             * @instance
             */
            DocumentEnvelope.prototype.run_uid = "";

            /**
             * DocumentEnvelope json.
             * @member {string} json
             * @memberof brightline.v1.DocumentEnvelope
             * @instance
             */
            DocumentEnvelope.prototype.json = "";

            /**
             * DocumentEnvelope beamline.
             * @member {string} beamline
             * @memberof brightline.v1.DocumentEnvelope
             * @instance
             */
            DocumentEnvelope.prototype.beamline = "";

            /**
             * Creates a new DocumentEnvelope instance using the specified properties.
             * @function create
             * @memberof brightline.v1.DocumentEnvelope
             * @static
             * @param {brightline.v1.DocumentEnvelope.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.DocumentEnvelope} DocumentEnvelope instance
             * @type {{
             *   (properties: brightline.v1.DocumentEnvelope.$Shape): brightline.v1.DocumentEnvelope & brightline.v1.DocumentEnvelope.$Shape;
             *   (properties?: brightline.v1.DocumentEnvelope.$Properties): brightline.v1.DocumentEnvelope;
             * }}
             */
            DocumentEnvelope.create = function(properties) {
                return new DocumentEnvelope(properties);
            };

            /**
             * Encodes the specified DocumentEnvelope message. Does not implicitly {@link brightline.v1.DocumentEnvelope.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.DocumentEnvelope
             * @static
             * @param {brightline.v1.DocumentEnvelope.$Properties} message DocumentEnvelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DocumentEnvelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.uid);
                if (message.run_uid != null && $Object.hasOwnProperty.call(message, "run_uid") && message.run_uid !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.run_uid);
                if (message.json != null && $Object.hasOwnProperty.call(message, "json") && message.json !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.json);
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline") && message.beamline !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.beamline);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DocumentEnvelope message, length delimited. Does not implicitly {@link brightline.v1.DocumentEnvelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.DocumentEnvelope
             * @static
             * @param {brightline.v1.DocumentEnvelope.$Properties} message DocumentEnvelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DocumentEnvelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DocumentEnvelope message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.DocumentEnvelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.DocumentEnvelope & brightline.v1.DocumentEnvelope.$Shape} DocumentEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DocumentEnvelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.DocumentEnvelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.run_uid = value;
                            else
                                delete message.run_uid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.json = value;
                            else
                                delete message.json;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.beamline = value;
                            else
                                delete message.beamline;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DocumentEnvelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.DocumentEnvelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.DocumentEnvelope & brightline.v1.DocumentEnvelope.$Shape} DocumentEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DocumentEnvelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DocumentEnvelope message.
             * @function verify
             * @memberof brightline.v1.DocumentEnvelope
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DocumentEnvelope.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    if (!$util.isString(message.uid))
                        return "uid: string expected";
                if (message.run_uid != null && $Object.hasOwnProperty.call(message, "run_uid"))
                    if (!$util.isString(message.run_uid))
                        return "run_uid: string expected";
                if (message.json != null && $Object.hasOwnProperty.call(message, "json"))
                    if (!$util.isString(message.json))
                        return "json: string expected";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    if (!$util.isString(message.beamline))
                        return "beamline: string expected";
                return null;
            };

            /**
             * Creates a DocumentEnvelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.DocumentEnvelope
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.DocumentEnvelope} DocumentEnvelope
             */
            DocumentEnvelope.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.DocumentEnvelope)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.DocumentEnvelope: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.DocumentEnvelope();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.uid != null)
                    if (typeof object.uid !== "string" || object.uid.length)
                        message.uid = $String(object.uid);
                if (object.run_uid != null)
                    if (typeof object.run_uid !== "string" || object.run_uid.length)
                        message.run_uid = $String(object.run_uid);
                if (object.json != null)
                    if (typeof object.json !== "string" || object.json.length)
                        message.json = $String(object.json);
                if (object.beamline != null)
                    if (typeof object.beamline !== "string" || object.beamline.length)
                        message.beamline = $String(object.beamline);
                return message;
            };

            /**
             * Creates a plain object from a DocumentEnvelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.DocumentEnvelope
             * @static
             * @param {brightline.v1.DocumentEnvelope} message DocumentEnvelope
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DocumentEnvelope.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.uid = "";
                    object.run_uid = "";
                    object.json = "";
                    object.beamline = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.run_uid != null && $Object.hasOwnProperty.call(message, "run_uid"))
                    object.run_uid = message.run_uid;
                if (message.json != null && $Object.hasOwnProperty.call(message, "json"))
                    object.json = message.json;
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    object.beamline = message.beamline;
                return object;
            };

            /**
             * Converts this DocumentEnvelope to JSON.
             * @function toJSON
             * @memberof brightline.v1.DocumentEnvelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DocumentEnvelope.prototype.toJSON = function() {
                return DocumentEnvelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DocumentEnvelope
             * @function getTypeUrl
             * @memberof brightline.v1.DocumentEnvelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DocumentEnvelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.DocumentEnvelope";
            };

            return DocumentEnvelope;
        })();

        v1.Facility = (function() {

            /**
             * Constructs a new Facility service.
             * @memberof brightline.v1
             * @classdesc Represents a Facility
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const Facility = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(Facility.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Facility, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new Facility service using the specified rpc implementation.
             * @function create
             * @memberof brightline.v1.Facility
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Facility} RPC service. Useful where requests and/or responses are streamed.
             */
            Facility.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link brightline.v1.Facility#listDevices}.
             * @memberof brightline.v1.Facility
             * @typedef ListDevicesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brightline.v1.ListDevicesReply} [response] ListDevicesReply
             */

            /**
             * Calls ListDevices.
             * @memberof brightline.v1.Facility
             * @typedef ListDevices
             * @type {{
             *   (request: brightline.v1.IListDevicesRequest, callback: brightline.v1.Facility.ListDevicesCallback): void;
             *   (request: brightline.v1.IListDevicesRequest): Promise<brightline.v1.ListDevicesReply>;
             *   readonly name: "ListDevices";
             *   readonly path: "/brightline.v1.Facility/ListDevices";
             *   readonly requestType: "ListDevicesRequest";
             *   readonly responseType: "ListDevicesReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ListDevices.
             * @name brightline.v1.Facility#listDevices
             * @type {brightline.v1.Facility.ListDevices}
             */
            $Object.defineProperties(Facility.prototype.listDevices = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Facility.prototype.listDevices, $root.brightline.v1.ListDevicesRequest, $root.brightline.v1.ListDevicesReply, request, callback);
            }, {
                name: { value: "ListDevices" },
                path: { value: "/brightline.v1.Facility/ListDevices" },
                requestType: { value: "ListDevicesRequest" },
                responseType: { value: "ListDevicesReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link brightline.v1.Facility#describe}.
             * @memberof brightline.v1.Facility
             * @typedef DescribeCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brightline.v1.DescribeReply} [response] DescribeReply
             */

            /**
             * Calls Describe.
             * @memberof brightline.v1.Facility
             * @typedef Describe
             * @type {{
             *   (request: brightline.v1.IDeviceRef, callback: brightline.v1.Facility.DescribeCallback): void;
             *   (request: brightline.v1.IDeviceRef): Promise<brightline.v1.DescribeReply>;
             *   readonly name: "Describe";
             *   readonly path: "/brightline.v1.Facility/Describe";
             *   readonly requestType: "DeviceRef";
             *   readonly responseType: "DescribeReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Describe.
             * @name brightline.v1.Facility#describe
             * @type {brightline.v1.Facility.Describe}
             */
            $Object.defineProperties(Facility.prototype.describe = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Facility.prototype.describe, $root.brightline.v1.DeviceRef, $root.brightline.v1.DescribeReply, request, callback);
            }, {
                name: { value: "Describe" },
                path: { value: "/brightline.v1.Facility/Describe" },
                requestType: { value: "DeviceRef" },
                responseType: { value: "DescribeReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link brightline.v1.Facility#read}.
             * @memberof brightline.v1.Facility
             * @typedef ReadCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brightline.v1.ReadReply} [response] ReadReply
             */

            /**
             * Calls Read.
             * @memberof brightline.v1.Facility
             * @typedef Read
             * @type {{
             *   (request: brightline.v1.IDeviceRef, callback: brightline.v1.Facility.ReadCallback): void;
             *   (request: brightline.v1.IDeviceRef): Promise<brightline.v1.ReadReply>;
             *   readonly name: "Read";
             *   readonly path: "/brightline.v1.Facility/Read";
             *   readonly requestType: "DeviceRef";
             *   readonly responseType: "ReadReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Read.
             * @name brightline.v1.Facility#read
             * @type {brightline.v1.Facility.Read}
             */
            $Object.defineProperties(Facility.prototype.read = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Facility.prototype.read, $root.brightline.v1.DeviceRef, $root.brightline.v1.ReadReply, request, callback);
            }, {
                name: { value: "Read" },
                path: { value: "/brightline.v1.Facility/Read" },
                requestType: { value: "DeviceRef" },
                responseType: { value: "ReadReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link brightline.v1.Facility#set}.
             * @memberof brightline.v1.Facility
             * @typedef SetCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brightline.v1.StatusReply} [response] StatusReply
             */

            /**
             * Calls Set.
             * @memberof brightline.v1.Facility
             * @typedef Set
             * @type {{
             *   (request: brightline.v1.ISetDeviceRequest, callback: brightline.v1.Facility.SetCallback): void;
             *   (request: brightline.v1.ISetDeviceRequest): Promise<brightline.v1.StatusReply>;
             *   readonly name: "Set";
             *   readonly path: "/brightline.v1.Facility/Set";
             *   readonly requestType: "SetDeviceRequest";
             *   readonly responseType: "StatusReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Set.
             * @name brightline.v1.Facility#set
             * @type {brightline.v1.Facility.Set}
             */
            $Object.defineProperties(Facility.prototype.set = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Facility.prototype.set, $root.brightline.v1.SetDeviceRequest, $root.brightline.v1.StatusReply, request, callback);
            }, {
                name: { value: "Set" },
                path: { value: "/brightline.v1.Facility/Set" },
                requestType: { value: "SetDeviceRequest" },
                responseType: { value: "StatusReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link brightline.v1.Facility#stop}.
             * @memberof brightline.v1.Facility
             * @typedef StopCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brightline.v1.CommandReply} [response] CommandReply
             */

            /**
             * Calls Stop.
             * @memberof brightline.v1.Facility
             * @typedef Stop
             * @type {{
             *   (request: brightline.v1.IDeviceRef, callback: brightline.v1.Facility.StopCallback): void;
             *   (request: brightline.v1.IDeviceRef): Promise<brightline.v1.CommandReply>;
             *   readonly name: "Stop";
             *   readonly path: "/brightline.v1.Facility/Stop";
             *   readonly requestType: "DeviceRef";
             *   readonly responseType: "CommandReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Stop.
             * @name brightline.v1.Facility#stop
             * @type {brightline.v1.Facility.Stop}
             */
            $Object.defineProperties(Facility.prototype.stop = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Facility.prototype.stop, $root.brightline.v1.DeviceRef, $root.brightline.v1.CommandReply, request, callback);
            }, {
                name: { value: "Stop" },
                path: { value: "/brightline.v1.Facility/Stop" },
                requestType: { value: "DeviceRef" },
                responseType: { value: "CommandReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link brightline.v1.Facility#watchReadings}.
             * @memberof brightline.v1.Facility
             * @typedef WatchReadingsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brightline.v1.ReadingUpdate} [response] ReadingUpdate
             */

            /**
             * Calls WatchReadings.
             * @memberof brightline.v1.Facility
             * @typedef WatchReadings
             * @type {{
             *   (request: brightline.v1.IDeviceRef, callback: brightline.v1.Facility.WatchReadingsCallback): void;
             *   (request: brightline.v1.IDeviceRef): Promise<brightline.v1.ReadingUpdate>;
             *   readonly name: "WatchReadings";
             *   readonly path: "/brightline.v1.Facility/WatchReadings";
             *   readonly requestType: "DeviceRef";
             *   readonly responseType: "ReadingUpdate";
             *   readonly requestStream: undefined;
             *   readonly responseStream: true;
             * }}
             */

            /**
             * Calls WatchReadings.
             * @name brightline.v1.Facility#watchReadings
             * @type {brightline.v1.Facility.WatchReadings}
             */
            $Object.defineProperties(Facility.prototype.watchReadings = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Facility.prototype.watchReadings, $root.brightline.v1.DeviceRef, $root.brightline.v1.ReadingUpdate, request, callback);
            }, {
                name: { value: "WatchReadings" },
                path: { value: "/brightline.v1.Facility/WatchReadings" },
                requestType: { value: "DeviceRef" },
                responseType: { value: "ReadingUpdate" },
                requestStream: { value: $undefined },
                responseStream: { value: true }
            });

            /**
             * Callback as used by {@link brightline.v1.Facility#watchHealth}.
             * @memberof brightline.v1.Facility
             * @typedef WatchHealthCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brightline.v1.DeviceHealth} [response] DeviceHealth
             */

            /**
             * Calls WatchHealth.
             * @memberof brightline.v1.Facility
             * @typedef WatchHealth
             * @type {{
             *   (request: brightline.v1.IWatchHealthRequest, callback: brightline.v1.Facility.WatchHealthCallback): void;
             *   (request: brightline.v1.IWatchHealthRequest): Promise<brightline.v1.DeviceHealth>;
             *   readonly name: "WatchHealth";
             *   readonly path: "/brightline.v1.Facility/WatchHealth";
             *   readonly requestType: "WatchHealthRequest";
             *   readonly responseType: "DeviceHealth";
             *   readonly requestStream: undefined;
             *   readonly responseStream: true;
             * }}
             */

            /**
             * Calls WatchHealth.
             * @name brightline.v1.Facility#watchHealth
             * @type {brightline.v1.Facility.WatchHealth}
             */
            $Object.defineProperties(Facility.prototype.watchHealth = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Facility.prototype.watchHealth, $root.brightline.v1.WatchHealthRequest, $root.brightline.v1.DeviceHealth, request, callback);
            }, {
                name: { value: "WatchHealth" },
                path: { value: "/brightline.v1.Facility/WatchHealth" },
                requestType: { value: "WatchHealthRequest" },
                responseType: { value: "DeviceHealth" },
                requestStream: { value: $undefined },
                responseStream: { value: true }
            });

            /**
             * Callback as used by {@link brightline.v1.Facility#submitPlan}.
             * @memberof brightline.v1.Facility
             * @typedef SubmitPlanCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brightline.v1.SubmitPlanReply} [response] SubmitPlanReply
             */

            /**
             * Calls SubmitPlan.
             * @memberof brightline.v1.Facility
             * @typedef SubmitPlan
             * @type {{
             *   (request: brightline.v1.IBeamlineSubmitRequest, callback: brightline.v1.Facility.SubmitPlanCallback): void;
             *   (request: brightline.v1.IBeamlineSubmitRequest): Promise<brightline.v1.SubmitPlanReply>;
             *   readonly name: "SubmitPlan";
             *   readonly path: "/brightline.v1.Facility/SubmitPlan";
             *   readonly requestType: "BeamlineSubmitRequest";
             *   readonly responseType: "SubmitPlanReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SubmitPlan.
             * @name brightline.v1.Facility#submitPlan
             * @type {brightline.v1.Facility.SubmitPlan}
             */
            $Object.defineProperties(Facility.prototype.submitPlan = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Facility.prototype.submitPlan, $root.brightline.v1.BeamlineSubmitRequest, $root.brightline.v1.SubmitPlanReply, request, callback);
            }, {
                name: { value: "SubmitPlan" },
                path: { value: "/brightline.v1.Facility/SubmitPlan" },
                requestType: { value: "BeamlineSubmitRequest" },
                responseType: { value: "SubmitPlanReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link brightline.v1.Facility#controlPlan}.
             * @memberof brightline.v1.Facility
             * @typedef ControlPlanCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brightline.v1.PlanControlReply} [response] PlanControlReply
             */

            /**
             * Calls ControlPlan.
             * @memberof brightline.v1.Facility
             * @typedef ControlPlan
             * @type {{
             *   (request: brightline.v1.IBeamlineControlRequest, callback: brightline.v1.Facility.ControlPlanCallback): void;
             *   (request: brightline.v1.IBeamlineControlRequest): Promise<brightline.v1.PlanControlReply>;
             *   readonly name: "ControlPlan";
             *   readonly path: "/brightline.v1.Facility/ControlPlan";
             *   readonly requestType: "BeamlineControlRequest";
             *   readonly responseType: "PlanControlReply";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ControlPlan.
             * @name brightline.v1.Facility#controlPlan
             * @type {brightline.v1.Facility.ControlPlan}
             */
            $Object.defineProperties(Facility.prototype.controlPlan = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Facility.prototype.controlPlan, $root.brightline.v1.BeamlineControlRequest, $root.brightline.v1.PlanControlReply, request, callback);
            }, {
                name: { value: "ControlPlan" },
                path: { value: "/brightline.v1.Facility/ControlPlan" },
                requestType: { value: "BeamlineControlRequest" },
                responseType: { value: "PlanControlReply" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link brightline.v1.Facility#planStatus}.
             * @memberof brightline.v1.Facility
             * @typedef PlanStatusCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brightline.v1.PlanStatus} [response] PlanStatus
             */

            /**
             * Calls PlanStatus.
             * @memberof brightline.v1.Facility
             * @typedef PlanStatus
             * @type {{
             *   (request: brightline.v1.IBeamlineRef, callback: brightline.v1.Facility.PlanStatusCallback): void;
             *   (request: brightline.v1.IBeamlineRef): Promise<brightline.v1.PlanStatus>;
             *   readonly name: "PlanStatus";
             *   readonly path: "/brightline.v1.Facility/PlanStatus";
             *   readonly requestType: "BeamlineRef";
             *   readonly responseType: "PlanStatus";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls PlanStatus.
             * @name brightline.v1.Facility#planStatus
             * @type {brightline.v1.Facility.PlanStatus}
             */
            $Object.defineProperties(Facility.prototype.planStatus = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Facility.prototype.planStatus, $root.brightline.v1.BeamlineRef, $root.brightline.v1.PlanStatus, request, callback);
            }, {
                name: { value: "PlanStatus" },
                path: { value: "/brightline.v1.Facility/PlanStatus" },
                requestType: { value: "BeamlineRef" },
                responseType: { value: "PlanStatus" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link brightline.v1.Facility#streamDocuments}.
             * @memberof brightline.v1.Facility
             * @typedef StreamDocumentsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {brightline.v1.DocumentEnvelope} [response] DocumentEnvelope
             */

            /**
             * Calls StreamDocuments.
             * @memberof brightline.v1.Facility
             * @typedef StreamDocuments
             * @type {{
             *   (request: brightline.v1.IRunRef, callback: brightline.v1.Facility.StreamDocumentsCallback): void;
             *   (request: brightline.v1.IRunRef): Promise<brightline.v1.DocumentEnvelope>;
             *   readonly name: "StreamDocuments";
             *   readonly path: "/brightline.v1.Facility/StreamDocuments";
             *   readonly requestType: "RunRef";
             *   readonly responseType: "DocumentEnvelope";
             *   readonly requestStream: undefined;
             *   readonly responseStream: true;
             * }}
             */

            /**
             * Calls StreamDocuments.
             * @name brightline.v1.Facility#streamDocuments
             * @type {brightline.v1.Facility.StreamDocuments}
             */
            $Object.defineProperties(Facility.prototype.streamDocuments = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Facility.prototype.streamDocuments, $root.brightline.v1.RunRef, $root.brightline.v1.DocumentEnvelope, request, callback);
            }, {
                name: { value: "StreamDocuments" },
                path: { value: "/brightline.v1.Facility/StreamDocuments" },
                requestType: { value: "RunRef" },
                responseType: { value: "DocumentEnvelope" },
                requestStream: { value: $undefined },
                responseStream: { value: true }
            });

            return Facility;
        })();

        v1.BeamlineRef = (function() {

            /**
             * Properties of a BeamlineRef.
             * @typedef {Object} brightline.v1.BeamlineRef.$Properties
             * @property {string|null} [beamline] BeamlineRef beamline
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BeamlineRef.
             * @memberof brightline.v1
             * @interface IBeamlineRef
             * @augments brightline.v1.BeamlineRef.$Properties
             * @deprecated Use brightline.v1.BeamlineRef.$Properties instead.
             */

            /**
             * Shape of a BeamlineRef.
             * @typedef {brightline.v1.BeamlineRef.$Properties} brightline.v1.BeamlineRef.$Shape
             */

            /**
             * Constructs a new BeamlineRef.
             * @memberof brightline.v1
             * @classdesc Represents a BeamlineRef.
             * @constructor
             * @param {brightline.v1.BeamlineRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BeamlineRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BeamlineRef beamline.
             * @member {string} beamline
             * @memberof brightline.v1.BeamlineRef
             * @instance
             */
            BeamlineRef.prototype.beamline = "";

            /**
             * Creates a new BeamlineRef instance using the specified properties.
             * @function create
             * @memberof brightline.v1.BeamlineRef
             * @static
             * @param {brightline.v1.BeamlineRef.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.BeamlineRef} BeamlineRef instance
             * @type {{
             *   (properties: brightline.v1.BeamlineRef.$Shape): brightline.v1.BeamlineRef & brightline.v1.BeamlineRef.$Shape;
             *   (properties?: brightline.v1.BeamlineRef.$Properties): brightline.v1.BeamlineRef;
             * }}
             */
            BeamlineRef.create = function(properties) {
                return new BeamlineRef(properties);
            };

            /**
             * Encodes the specified BeamlineRef message. Does not implicitly {@link brightline.v1.BeamlineRef.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.BeamlineRef
             * @static
             * @param {brightline.v1.BeamlineRef.$Properties} message BeamlineRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BeamlineRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline") && message.beamline !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.beamline);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BeamlineRef message, length delimited. Does not implicitly {@link brightline.v1.BeamlineRef.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.BeamlineRef
             * @static
             * @param {brightline.v1.BeamlineRef.$Properties} message BeamlineRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BeamlineRef.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BeamlineRef message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.BeamlineRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.BeamlineRef & brightline.v1.BeamlineRef.$Shape} BeamlineRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BeamlineRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.BeamlineRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.beamline = value;
                            else
                                delete message.beamline;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a BeamlineRef message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.BeamlineRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.BeamlineRef & brightline.v1.BeamlineRef.$Shape} BeamlineRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BeamlineRef.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BeamlineRef message.
             * @function verify
             * @memberof brightline.v1.BeamlineRef
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BeamlineRef.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    if (!$util.isString(message.beamline))
                        return "beamline: string expected";
                return null;
            };

            /**
             * Creates a BeamlineRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.BeamlineRef
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.BeamlineRef} BeamlineRef
             */
            BeamlineRef.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.BeamlineRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.BeamlineRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.BeamlineRef();
                if (object.beamline != null)
                    if (typeof object.beamline !== "string" || object.beamline.length)
                        message.beamline = $String(object.beamline);
                return message;
            };

            /**
             * Creates a plain object from a BeamlineRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.BeamlineRef
             * @static
             * @param {brightline.v1.BeamlineRef} message BeamlineRef
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BeamlineRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.beamline = "";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    object.beamline = message.beamline;
                return object;
            };

            /**
             * Converts this BeamlineRef to JSON.
             * @function toJSON
             * @memberof brightline.v1.BeamlineRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BeamlineRef.prototype.toJSON = function() {
                return BeamlineRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BeamlineRef
             * @function getTypeUrl
             * @memberof brightline.v1.BeamlineRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BeamlineRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.BeamlineRef";
            };

            return BeamlineRef;
        })();

        v1.DeviceRef = (function() {

            /**
             * Properties of a DeviceRef.
             * @typedef {Object} brightline.v1.DeviceRef.$Properties
             * @property {string|null} [beamline] DeviceRef beamline
             * @property {string|null} [device] DeviceRef device
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceRef.
             * @memberof brightline.v1
             * @interface IDeviceRef
             * @augments brightline.v1.DeviceRef.$Properties
             * @deprecated Use brightline.v1.DeviceRef.$Properties instead.
             */

            /**
             * Shape of a DeviceRef.
             * @typedef {brightline.v1.DeviceRef.$Properties} brightline.v1.DeviceRef.$Shape
             */

            /**
             * Constructs a new DeviceRef.
             * @memberof brightline.v1
             * @classdesc Represents a DeviceRef.
             * @constructor
             * @param {brightline.v1.DeviceRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceRef beamline.
             * @member {string} beamline
             * @memberof brightline.v1.DeviceRef
             * @instance
             */
            DeviceRef.prototype.beamline = "";

            /**
             * DeviceRef device.
             * @member {string} device
             * @memberof brightline.v1.DeviceRef
             * @instance
             */
            DeviceRef.prototype.device = "";

            /**
             * Creates a new DeviceRef instance using the specified properties.
             * @function create
             * @memberof brightline.v1.DeviceRef
             * @static
             * @param {brightline.v1.DeviceRef.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.DeviceRef} DeviceRef instance
             * @type {{
             *   (properties: brightline.v1.DeviceRef.$Shape): brightline.v1.DeviceRef & brightline.v1.DeviceRef.$Shape;
             *   (properties?: brightline.v1.DeviceRef.$Properties): brightline.v1.DeviceRef;
             * }}
             */
            DeviceRef.create = function(properties) {
                return new DeviceRef(properties);
            };

            /**
             * Encodes the specified DeviceRef message. Does not implicitly {@link brightline.v1.DeviceRef.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.DeviceRef
             * @static
             * @param {brightline.v1.DeviceRef.$Properties} message DeviceRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline") && message.beamline !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.beamline);
                if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.device);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeviceRef message, length delimited. Does not implicitly {@link brightline.v1.DeviceRef.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.DeviceRef
             * @static
             * @param {brightline.v1.DeviceRef.$Properties} message DeviceRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceRef.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceRef message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.DeviceRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.DeviceRef & brightline.v1.DeviceRef.$Shape} DeviceRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.DeviceRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.beamline = value;
                            else
                                delete message.beamline;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device = value;
                            else
                                delete message.device;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DeviceRef message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.DeviceRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.DeviceRef & brightline.v1.DeviceRef.$Shape} DeviceRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceRef.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceRef message.
             * @function verify
             * @memberof brightline.v1.DeviceRef
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceRef.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    if (!$util.isString(message.beamline))
                        return "beamline: string expected";
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    if (!$util.isString(message.device))
                        return "device: string expected";
                return null;
            };

            /**
             * Creates a DeviceRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.DeviceRef
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.DeviceRef} DeviceRef
             */
            DeviceRef.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.DeviceRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.DeviceRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.DeviceRef();
                if (object.beamline != null)
                    if (typeof object.beamline !== "string" || object.beamline.length)
                        message.beamline = $String(object.beamline);
                if (object.device != null)
                    if (typeof object.device !== "string" || object.device.length)
                        message.device = $String(object.device);
                return message;
            };

            /**
             * Creates a plain object from a DeviceRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.DeviceRef
             * @static
             * @param {brightline.v1.DeviceRef} message DeviceRef
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.beamline = "";
                    object.device = "";
                }
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    object.beamline = message.beamline;
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = message.device;
                return object;
            };

            /**
             * Converts this DeviceRef to JSON.
             * @function toJSON
             * @memberof brightline.v1.DeviceRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceRef.prototype.toJSON = function() {
                return DeviceRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceRef
             * @function getTypeUrl
             * @memberof brightline.v1.DeviceRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.DeviceRef";
            };

            return DeviceRef;
        })();

        v1.DeviceSummary = (function() {

            /**
             * Properties of a DeviceSummary.
             * @typedef {Object} brightline.v1.DeviceSummary.$Properties
             * @property {string|null} [beamline] DeviceSummary beamline
             * @property {string|null} [device] DeviceSummary device
             * @property {string|null} [device_class] DeviceSummary device_class
             * @property {string|null} [state] DeviceSummary state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceSummary.
             * @memberof brightline.v1
             * @interface IDeviceSummary
             * @augments brightline.v1.DeviceSummary.$Properties
             * @deprecated Use brightline.v1.DeviceSummary.$Properties instead.
             */

            /**
             * Shape of a DeviceSummary.
             * @typedef {brightline.v1.DeviceSummary.$Properties} brightline.v1.DeviceSummary.$Shape
             */

            /**
             * Constructs a new DeviceSummary.
             * @memberof brightline.v1
             * @classdesc Represents a DeviceSummary.
             * @constructor
             * @param {brightline.v1.DeviceSummary.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceSummary = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceSummary beamline.
             * @member {string} beamline
             * @memberof brightline.v1.DeviceSummary
             * @instance
             */
            DeviceSummary.prototype.beamline = "";

            /**
             * DeviceSummary device.
             * @member {string} device
             * @memberof brightline.v1.DeviceSummary
             * @instance
             */
            DeviceSummary.prototype.device = "";

            /**
             * DeviceSummary device_class.
             * @member {string} device_class
             * @memberof brightline.v1.DeviceSummary
             * @instance
             */
            DeviceSummary.prototype.device_class = "";

            /**
             * DeviceSummary state.
             * @member {string} state
             * @memberof brightline.v1.DeviceSummary
             * @instance
             */
            DeviceSummary.prototype.state = "";

            /**
             * Creates a new DeviceSummary instance using the specified properties.
             * @function create
             * @memberof brightline.v1.DeviceSummary
             * @static
             * @param {brightline.v1.DeviceSummary.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.DeviceSummary} DeviceSummary instance
             * @type {{
             *   (properties: brightline.v1.DeviceSummary.$Shape): brightline.v1.DeviceSummary & brightline.v1.DeviceSummary.$Shape;
             *   (properties?: brightline.v1.DeviceSummary.$Properties): brightline.v1.DeviceSummary;
             * }}
             */
            DeviceSummary.create = function(properties) {
                return new DeviceSummary(properties);
            };

            /**
             * Encodes the specified DeviceSummary message. Does not implicitly {@link brightline.v1.DeviceSummary.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.DeviceSummary
             * @static
             * @param {brightline.v1.DeviceSummary.$Properties} message DeviceSummary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceSummary.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline") && message.beamline !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.beamline);
                if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.device);
                if (message.device_class != null && $Object.hasOwnProperty.call(message, "device_class") && message.device_class !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.device_class);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.state);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeviceSummary message, length delimited. Does not implicitly {@link brightline.v1.DeviceSummary.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.DeviceSummary
             * @static
             * @param {brightline.v1.DeviceSummary.$Properties} message DeviceSummary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceSummary.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceSummary message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.DeviceSummary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.DeviceSummary & brightline.v1.DeviceSummary.$Shape} DeviceSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceSummary.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.DeviceSummary();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.beamline = value;
                            else
                                delete message.beamline;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device = value;
                            else
                                delete message.device;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device_class = value;
                            else
                                delete message.device_class;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DeviceSummary message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.DeviceSummary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.DeviceSummary & brightline.v1.DeviceSummary.$Shape} DeviceSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceSummary.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceSummary message.
             * @function verify
             * @memberof brightline.v1.DeviceSummary
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceSummary.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    if (!$util.isString(message.beamline))
                        return "beamline: string expected";
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    if (!$util.isString(message.device))
                        return "device: string expected";
                if (message.device_class != null && $Object.hasOwnProperty.call(message, "device_class"))
                    if (!$util.isString(message.device_class))
                        return "device_class: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                return null;
            };

            /**
             * Creates a DeviceSummary message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.DeviceSummary
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.DeviceSummary} DeviceSummary
             */
            DeviceSummary.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.DeviceSummary)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.DeviceSummary: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.DeviceSummary();
                if (object.beamline != null)
                    if (typeof object.beamline !== "string" || object.beamline.length)
                        message.beamline = $String(object.beamline);
                if (object.device != null)
                    if (typeof object.device !== "string" || object.device.length)
                        message.device = $String(object.device);
                if (object.device_class != null)
                    if (typeof object.device_class !== "string" || object.device_class.length)
                        message.device_class = $String(object.device_class);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                return message;
            };

            /**
             * Creates a plain object from a DeviceSummary message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.DeviceSummary
             * @static
             * @param {brightline.v1.DeviceSummary} message DeviceSummary
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceSummary.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.beamline = "";
                    object.device = "";
                    object.device_class = "";
                    object.state = "";
                }
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    object.beamline = message.beamline;
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = message.device;
                if (message.device_class != null && $Object.hasOwnProperty.call(message, "device_class"))
                    object.device_class = message.device_class;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                return object;
            };

            /**
             * Converts this DeviceSummary to JSON.
             * @function toJSON
             * @memberof brightline.v1.DeviceSummary
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceSummary.prototype.toJSON = function() {
                return DeviceSummary.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceSummary
             * @function getTypeUrl
             * @memberof brightline.v1.DeviceSummary
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceSummary.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.DeviceSummary";
            };

            return DeviceSummary;
        })();

        v1.ListDevicesRequest = (function() {

            /**
             * Properties of a ListDevicesRequest.
             * @typedef {Object} brightline.v1.ListDevicesRequest.$Properties
             * @property {string|null} [beamline] ListDevicesRequest beamline
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListDevicesRequest.
             * @memberof brightline.v1
             * @interface IListDevicesRequest
             * @augments brightline.v1.ListDevicesRequest.$Properties
             * @deprecated Use brightline.v1.ListDevicesRequest.$Properties instead.
             */

            /**
             * Shape of a ListDevicesRequest.
             * @typedef {brightline.v1.ListDevicesRequest.$Properties} brightline.v1.ListDevicesRequest.$Shape
             */

            /**
             * Constructs a new ListDevicesRequest.
             * @memberof brightline.v1
             * @classdesc Represents a ListDevicesRequest.
             * @constructor
             * @param {brightline.v1.ListDevicesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListDevicesRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListDevicesRequest beamline.
             * @member {string} beamline
             * @memberof brightline.v1.ListDevicesRequest
             * @instance
             */
            ListDevicesRequest.prototype.beamline = "";

            /**
             * Creates a new ListDevicesRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.ListDevicesRequest
             * @static
             * @param {brightline.v1.ListDevicesRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.ListDevicesRequest} ListDevicesRequest instance
             * @type {{
             *   (properties: brightline.v1.ListDevicesRequest.$Shape): brightline.v1.ListDevicesRequest & brightline.v1.ListDevicesRequest.$Shape;
             *   (properties?: brightline.v1.ListDevicesRequest.$Properties): brightline.v1.ListDevicesRequest;
             * }}
             */
            ListDevicesRequest.create = function(properties) {
                return new ListDevicesRequest(properties);
            };

            /**
             * Encodes the specified ListDevicesRequest message. Does not implicitly {@link brightline.v1.ListDevicesRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.ListDevicesRequest
             * @static
             * @param {brightline.v1.ListDevicesRequest.$Properties} message ListDevicesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListDevicesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline") && message.beamline !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.beamline);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListDevicesRequest message, length delimited. Does not implicitly {@link brightline.v1.ListDevicesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.ListDevicesRequest
             * @static
             * @param {brightline.v1.ListDevicesRequest.$Properties} message ListDevicesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListDevicesRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListDevicesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.ListDevicesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.ListDevicesRequest & brightline.v1.ListDevicesRequest.$Shape} ListDevicesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListDevicesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.ListDevicesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.beamline = value;
                            else
                                delete message.beamline;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ListDevicesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.ListDevicesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.ListDevicesRequest & brightline.v1.ListDevicesRequest.$Shape} ListDevicesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListDevicesRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListDevicesRequest message.
             * @function verify
             * @memberof brightline.v1.ListDevicesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListDevicesRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    if (!$util.isString(message.beamline))
                        return "beamline: string expected";
                return null;
            };

            /**
             * Creates a ListDevicesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.ListDevicesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.ListDevicesRequest} ListDevicesRequest
             */
            ListDevicesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.ListDevicesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.ListDevicesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.ListDevicesRequest();
                if (object.beamline != null)
                    if (typeof object.beamline !== "string" || object.beamline.length)
                        message.beamline = $String(object.beamline);
                return message;
            };

            /**
             * Creates a plain object from a ListDevicesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.ListDevicesRequest
             * @static
             * @param {brightline.v1.ListDevicesRequest} message ListDevicesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListDevicesRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.beamline = "";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    object.beamline = message.beamline;
                return object;
            };

            /**
             * Converts this ListDevicesRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.ListDevicesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListDevicesRequest.prototype.toJSON = function() {
                return ListDevicesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListDevicesRequest
             * @function getTypeUrl
             * @memberof brightline.v1.ListDevicesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListDevicesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.ListDevicesRequest";
            };

            return ListDevicesRequest;
        })();

        v1.ListDevicesReply = (function() {

            /**
             * Properties of a ListDevicesReply.
             * @typedef {Object} brightline.v1.ListDevicesReply.$Properties
             * @property {Array.<brightline.v1.DeviceSummary.$Properties>|null} [devices] ListDevicesReply devices
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListDevicesReply.
             * @memberof brightline.v1
             * @interface IListDevicesReply
             * @augments brightline.v1.ListDevicesReply.$Properties
             * @deprecated Use brightline.v1.ListDevicesReply.$Properties instead.
             */

            /**
             * Shape of a ListDevicesReply.
             * @typedef {brightline.v1.ListDevicesReply.$Properties} brightline.v1.ListDevicesReply.$Shape
             */

            /**
             * Constructs a new ListDevicesReply.
             * @memberof brightline.v1
             * @classdesc Represents a ListDevicesReply.
             * @constructor
             * @param {brightline.v1.ListDevicesReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListDevicesReply = function (properties) {
                this.devices = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListDevicesReply devices.
             * @member {Array.<brightline.v1.DeviceSummary.$Properties>} devices
             * @memberof brightline.v1.ListDevicesReply
             * @instance
             */
            ListDevicesReply.prototype.devices = $util.emptyArray;

            /**
             * Creates a new ListDevicesReply instance using the specified properties.
             * @function create
             * @memberof brightline.v1.ListDevicesReply
             * @static
             * @param {brightline.v1.ListDevicesReply.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.ListDevicesReply} ListDevicesReply instance
             * @type {{
             *   (properties: brightline.v1.ListDevicesReply.$Shape): brightline.v1.ListDevicesReply & brightline.v1.ListDevicesReply.$Shape;
             *   (properties?: brightline.v1.ListDevicesReply.$Properties): brightline.v1.ListDevicesReply;
             * }}
             */
            ListDevicesReply.create = function(properties) {
                return new ListDevicesReply(properties);
            };

            /**
             * Encodes the specified ListDevicesReply message. Does not implicitly {@link brightline.v1.ListDevicesReply.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.ListDevicesReply
             * @static
             * @param {brightline.v1.ListDevicesReply.$Properties} message ListDevicesReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListDevicesReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        $root.brightline.v1.DeviceSummary.encode(message.devices[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListDevicesReply message, length delimited. Does not implicitly {@link brightline.v1.ListDevicesReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.ListDevicesReply
             * @static
             * @param {brightline.v1.ListDevicesReply.$Properties} message ListDevicesReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListDevicesReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListDevicesReply message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.ListDevicesReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.ListDevicesReply & brightline.v1.ListDevicesReply.$Shape} ListDevicesReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListDevicesReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.ListDevicesReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push($root.brightline.v1.DeviceSummary.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ListDevicesReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.ListDevicesReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.ListDevicesReply & brightline.v1.ListDevicesReply.$Shape} ListDevicesReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListDevicesReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListDevicesReply message.
             * @function verify
             * @memberof brightline.v1.ListDevicesReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListDevicesReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices")) {
                    if (!$Array.isArray(message.devices))
                        return "devices: array expected";
                    for (let i = 0; i < message.devices.length; ++i) {
                        let error = $root.brightline.v1.DeviceSummary.verify(message.devices[i], _depth + 1);
                        if (error)
                            return "devices." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListDevicesReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.ListDevicesReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.ListDevicesReply} ListDevicesReply
             */
            ListDevicesReply.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.ListDevicesReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.ListDevicesReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.ListDevicesReply();
                if (object.devices) {
                    if (!$Array.isArray(object.devices))
                        throw $TypeError(".brightline.v1.ListDevicesReply.devices: array expected");
                    message.devices = $Array(object.devices.length);
                    for (let i = 0; i < object.devices.length; ++i) {
                        if (!$util.isObject(object.devices[i]))
                            throw $TypeError(".brightline.v1.ListDevicesReply.devices: object expected");
                        message.devices[i] = $root.brightline.v1.DeviceSummary.fromObject(object.devices[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListDevicesReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.ListDevicesReply
             * @static
             * @param {brightline.v1.ListDevicesReply} message ListDevicesReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListDevicesReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.devices = [];
                if (message.devices && message.devices.length) {
                    object.devices = $Array(message.devices.length);
                    for (let j = 0; j < message.devices.length; ++j)
                        object.devices[j] = $root.brightline.v1.DeviceSummary.toObject(message.devices[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ListDevicesReply to JSON.
             * @function toJSON
             * @memberof brightline.v1.ListDevicesReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListDevicesReply.prototype.toJSON = function() {
                return ListDevicesReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListDevicesReply
             * @function getTypeUrl
             * @memberof brightline.v1.ListDevicesReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListDevicesReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.ListDevicesReply";
            };

            return ListDevicesReply;
        })();

        v1.SetDeviceRequest = (function() {

            /**
             * Properties of a SetDeviceRequest.
             * @typedef {Object} brightline.v1.SetDeviceRequest.$Properties
             * @property {string|null} [beamline] SetDeviceRequest beamline
             * @property {string|null} [device] SetDeviceRequest device
             * @property {brightline.v1.Value.$Properties|null} [value] SetDeviceRequest value
             * @property {number|null} [timeout_s] SetDeviceRequest timeout_s
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetDeviceRequest.
             * @memberof brightline.v1
             * @interface ISetDeviceRequest
             * @augments brightline.v1.SetDeviceRequest.$Properties
             * @deprecated Use brightline.v1.SetDeviceRequest.$Properties instead.
             */

            /**
             * Shape of a SetDeviceRequest.
             * @typedef {{
             *   beamline?: string|null;
             *   device?: string|null;
             *   value?: brightline.v1.Value.$Shape|null;
             *   timeout_s?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} brightline.v1.SetDeviceRequest.$Shape
             */

            /**
             * Constructs a new SetDeviceRequest.
             * @memberof brightline.v1
             * @classdesc Represents a SetDeviceRequest.
             * @constructor
             * @param {brightline.v1.SetDeviceRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetDeviceRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetDeviceRequest beamline.
             * @member {string} beamline
             * @memberof brightline.v1.SetDeviceRequest
             * @instance
             */
            SetDeviceRequest.prototype.beamline = "";

            /**
             * SetDeviceRequest device.
             * @member {string} device
             * @memberof brightline.v1.SetDeviceRequest
             * @instance
             */
            SetDeviceRequest.prototype.device = "";

            /**
             * SetDeviceRequest value.
             * @member {brightline.v1.Value.$Properties|null|undefined} value
             * @memberof brightline.v1.SetDeviceRequest
             * @instance
             */
            SetDeviceRequest.prototype.value = null;

            /**
             * SetDeviceRequest timeout_s.
             * @member {number} timeout_s
             * @memberof brightline.v1.SetDeviceRequest
             * @instance
             */
            SetDeviceRequest.prototype.timeout_s = 0;

            /**
             * Creates a new SetDeviceRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.SetDeviceRequest
             * @static
             * @param {brightline.v1.SetDeviceRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.SetDeviceRequest} SetDeviceRequest instance
             * @type {{
             *   (properties: brightline.v1.SetDeviceRequest.$Shape): brightline.v1.SetDeviceRequest & brightline.v1.SetDeviceRequest.$Shape;
             *   (properties?: brightline.v1.SetDeviceRequest.$Properties): brightline.v1.SetDeviceRequest;
             * }}
             */
            SetDeviceRequest.create = function(properties) {
                return new SetDeviceRequest(properties);
            };

            /**
             * Encodes the specified SetDeviceRequest message. Does not implicitly {@link brightline.v1.SetDeviceRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.SetDeviceRequest
             * @static
             * @param {brightline.v1.SetDeviceRequest.$Properties} message SetDeviceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetDeviceRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline") && message.beamline !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.beamline);
                if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.device);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    $root.brightline.v1.Value.encode(message.value, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s") && !$Object.is(message.timeout_s, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.timeout_s);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SetDeviceRequest message, length delimited. Does not implicitly {@link brightline.v1.SetDeviceRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.SetDeviceRequest
             * @static
             * @param {brightline.v1.SetDeviceRequest.$Properties} message SetDeviceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetDeviceRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetDeviceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.SetDeviceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.SetDeviceRequest & brightline.v1.SetDeviceRequest.$Shape} SetDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetDeviceRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.SetDeviceRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.beamline = value;
                            else
                                delete message.beamline;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device = value;
                            else
                                delete message.device;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.value = $root.brightline.v1.Value.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.timeout_s = value;
                            else
                                delete message.timeout_s;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SetDeviceRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.SetDeviceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.SetDeviceRequest & brightline.v1.SetDeviceRequest.$Shape} SetDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetDeviceRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetDeviceRequest message.
             * @function verify
             * @memberof brightline.v1.SetDeviceRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetDeviceRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    if (!$util.isString(message.beamline))
                        return "beamline: string expected";
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    if (!$util.isString(message.device))
                        return "device: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                    let error = $root.brightline.v1.Value.verify(message.value, _depth + 1);
                    if (error)
                        return "value." + error;
                }
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s"))
                    if (typeof message.timeout_s !== "number")
                        return "timeout_s: number expected";
                return null;
            };

            /**
             * Creates a SetDeviceRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.SetDeviceRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.SetDeviceRequest} SetDeviceRequest
             */
            SetDeviceRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.SetDeviceRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.SetDeviceRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.SetDeviceRequest();
                if (object.beamline != null)
                    if (typeof object.beamline !== "string" || object.beamline.length)
                        message.beamline = $String(object.beamline);
                if (object.device != null)
                    if (typeof object.device !== "string" || object.device.length)
                        message.device = $String(object.device);
                if (object.value != null) {
                    if (!$util.isObject(object.value))
                        throw $TypeError(".brightline.v1.SetDeviceRequest.value: object expected");
                    message.value = $root.brightline.v1.Value.fromObject(object.value, _depth + 1);
                }
                if (object.timeout_s != null)
                    if (!$Object.is($Number(object.timeout_s), 0))
                        message.timeout_s = $Number(object.timeout_s);
                return message;
            };

            /**
             * Creates a plain object from a SetDeviceRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.SetDeviceRequest
             * @static
             * @param {brightline.v1.SetDeviceRequest} message SetDeviceRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetDeviceRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.beamline = "";
                    object.device = "";
                    object.value = null;
                    object.timeout_s = 0;
                }
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    object.beamline = message.beamline;
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = message.device;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = $root.brightline.v1.Value.toObject(message.value, options, _depth + 1);
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s"))
                    object.timeout_s = options.json && !$isFinite(message.timeout_s) ? $String(message.timeout_s) : message.timeout_s;
                return object;
            };

            /**
             * Converts this SetDeviceRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.SetDeviceRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetDeviceRequest.prototype.toJSON = function() {
                return SetDeviceRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetDeviceRequest
             * @function getTypeUrl
             * @memberof brightline.v1.SetDeviceRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetDeviceRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.SetDeviceRequest";
            };

            return SetDeviceRequest;
        })();

        v1.WatchHealthRequest = (function() {

            /**
             * Properties of a WatchHealthRequest.
             * @typedef {Object} brightline.v1.WatchHealthRequest.$Properties
             * @property {string|null} [beamline] WatchHealthRequest beamline
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WatchHealthRequest.
             * @memberof brightline.v1
             * @interface IWatchHealthRequest
             * @augments brightline.v1.WatchHealthRequest.$Properties
             * @deprecated Use brightline.v1.WatchHealthRequest.$Properties instead.
             */

            /**
             * Shape of a WatchHealthRequest.
             * @typedef {brightline.v1.WatchHealthRequest.$Properties} brightline.v1.WatchHealthRequest.$Shape
             */

            /**
             * Constructs a new WatchHealthRequest.
             * @memberof brightline.v1
             * @classdesc Represents a WatchHealthRequest.
             * @constructor
             * @param {brightline.v1.WatchHealthRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WatchHealthRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WatchHealthRequest beamline.
             * @member {string} beamline
             * @memberof brightline.v1.WatchHealthRequest
             * @instance
             */
            WatchHealthRequest.prototype.beamline = "";

            /**
             * Creates a new WatchHealthRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.WatchHealthRequest
             * @static
             * @param {brightline.v1.WatchHealthRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.WatchHealthRequest} WatchHealthRequest instance
             * @type {{
             *   (properties: brightline.v1.WatchHealthRequest.$Shape): brightline.v1.WatchHealthRequest & brightline.v1.WatchHealthRequest.$Shape;
             *   (properties?: brightline.v1.WatchHealthRequest.$Properties): brightline.v1.WatchHealthRequest;
             * }}
             */
            WatchHealthRequest.create = function(properties) {
                return new WatchHealthRequest(properties);
            };

            /**
             * Encodes the specified WatchHealthRequest message. Does not implicitly {@link brightline.v1.WatchHealthRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.WatchHealthRequest
             * @static
             * @param {brightline.v1.WatchHealthRequest.$Properties} message WatchHealthRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchHealthRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline") && message.beamline !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.beamline);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WatchHealthRequest message, length delimited. Does not implicitly {@link brightline.v1.WatchHealthRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.WatchHealthRequest
             * @static
             * @param {brightline.v1.WatchHealthRequest.$Properties} message WatchHealthRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchHealthRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WatchHealthRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.WatchHealthRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.WatchHealthRequest & brightline.v1.WatchHealthRequest.$Shape} WatchHealthRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchHealthRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.WatchHealthRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.beamline = value;
                            else
                                delete message.beamline;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WatchHealthRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.WatchHealthRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.WatchHealthRequest & brightline.v1.WatchHealthRequest.$Shape} WatchHealthRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchHealthRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WatchHealthRequest message.
             * @function verify
             * @memberof brightline.v1.WatchHealthRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WatchHealthRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    if (!$util.isString(message.beamline))
                        return "beamline: string expected";
                return null;
            };

            /**
             * Creates a WatchHealthRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.WatchHealthRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.WatchHealthRequest} WatchHealthRequest
             */
            WatchHealthRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.WatchHealthRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.WatchHealthRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.WatchHealthRequest();
                if (object.beamline != null)
                    if (typeof object.beamline !== "string" || object.beamline.length)
                        message.beamline = $String(object.beamline);
                return message;
            };

            /**
             * Creates a plain object from a WatchHealthRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.WatchHealthRequest
             * @static
             * @param {brightline.v1.WatchHealthRequest} message WatchHealthRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WatchHealthRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.beamline = "";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    object.beamline = message.beamline;
                return object;
            };

            /**
             * Converts this WatchHealthRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.WatchHealthRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WatchHealthRequest.prototype.toJSON = function() {
                return WatchHealthRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WatchHealthRequest
             * @function getTypeUrl
             * @memberof brightline.v1.WatchHealthRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WatchHealthRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.WatchHealthRequest";
            };

            return WatchHealthRequest;
        })();

        v1.BeamlineSubmitRequest = (function() {

            /**
             * Properties of a BeamlineSubmitRequest.
             * @typedef {Object} brightline.v1.BeamlineSubmitRequest.$Properties
             * @property {string|null} [beamline] BeamlineSubmitRequest beamline
             * @property {brightline.v1.SubmitPlanRequest.$Properties|null} [plan] BeamlineSubmitRequest plan
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BeamlineSubmitRequest.
             * @memberof brightline.v1
             * @interface IBeamlineSubmitRequest
             * @augments brightline.v1.BeamlineSubmitRequest.$Properties
             * @deprecated Use brightline.v1.BeamlineSubmitRequest.$Properties instead.
             */

            /**
             * Shape of a BeamlineSubmitRequest.
             * @typedef {{
             *   beamline?: string|null;
             *   plan?: brightline.v1.SubmitPlanRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} brightline.v1.BeamlineSubmitRequest.$Shape
             */

            /**
             * Constructs a new BeamlineSubmitRequest.
             * @memberof brightline.v1
             * @classdesc Represents a BeamlineSubmitRequest.
             * @constructor
             * @param {brightline.v1.BeamlineSubmitRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BeamlineSubmitRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BeamlineSubmitRequest beamline.
             * @member {string} beamline
             * @memberof brightline.v1.BeamlineSubmitRequest
             * @instance
             */
            BeamlineSubmitRequest.prototype.beamline = "";

            /**
             * BeamlineSubmitRequest plan.
             * @member {brightline.v1.SubmitPlanRequest.$Properties|null|undefined} plan
             * @memberof brightline.v1.BeamlineSubmitRequest
             * @instance
             */
            BeamlineSubmitRequest.prototype.plan = null;

            /**
             * Creates a new BeamlineSubmitRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.BeamlineSubmitRequest
             * @static
             * @param {brightline.v1.BeamlineSubmitRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.BeamlineSubmitRequest} BeamlineSubmitRequest instance
             * @type {{
             *   (properties: brightline.v1.BeamlineSubmitRequest.$Shape): brightline.v1.BeamlineSubmitRequest & brightline.v1.BeamlineSubmitRequest.$Shape;
             *   (properties?: brightline.v1.BeamlineSubmitRequest.$Properties): brightline.v1.BeamlineSubmitRequest;
             * }}
             */
            BeamlineSubmitRequest.create = function(properties) {
                return new BeamlineSubmitRequest(properties);
            };

            /**
             * Encodes the specified BeamlineSubmitRequest message. Does not implicitly {@link brightline.v1.BeamlineSubmitRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.BeamlineSubmitRequest
             * @static
             * @param {brightline.v1.BeamlineSubmitRequest.$Properties} message BeamlineSubmitRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BeamlineSubmitRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline") && message.beamline !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.beamline);
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan"))
                    $root.brightline.v1.SubmitPlanRequest.encode(message.plan, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BeamlineSubmitRequest message, length delimited. Does not implicitly {@link brightline.v1.BeamlineSubmitRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.BeamlineSubmitRequest
             * @static
             * @param {brightline.v1.BeamlineSubmitRequest.$Properties} message BeamlineSubmitRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BeamlineSubmitRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BeamlineSubmitRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.BeamlineSubmitRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.BeamlineSubmitRequest & brightline.v1.BeamlineSubmitRequest.$Shape} BeamlineSubmitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BeamlineSubmitRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.BeamlineSubmitRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.beamline = value;
                            else
                                delete message.beamline;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.plan = $root.brightline.v1.SubmitPlanRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.plan);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a BeamlineSubmitRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.BeamlineSubmitRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.BeamlineSubmitRequest & brightline.v1.BeamlineSubmitRequest.$Shape} BeamlineSubmitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BeamlineSubmitRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BeamlineSubmitRequest message.
             * @function verify
             * @memberof brightline.v1.BeamlineSubmitRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BeamlineSubmitRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    if (!$util.isString(message.beamline))
                        return "beamline: string expected";
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan")) {
                    let error = $root.brightline.v1.SubmitPlanRequest.verify(message.plan, _depth + 1);
                    if (error)
                        return "plan." + error;
                }
                return null;
            };

            /**
             * Creates a BeamlineSubmitRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.BeamlineSubmitRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.BeamlineSubmitRequest} BeamlineSubmitRequest
             */
            BeamlineSubmitRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.BeamlineSubmitRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.BeamlineSubmitRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.BeamlineSubmitRequest();
                if (object.beamline != null)
                    if (typeof object.beamline !== "string" || object.beamline.length)
                        message.beamline = $String(object.beamline);
                if (object.plan != null) {
                    if (!$util.isObject(object.plan))
                        throw $TypeError(".brightline.v1.BeamlineSubmitRequest.plan: object expected");
                    message.plan = $root.brightline.v1.SubmitPlanRequest.fromObject(object.plan, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a BeamlineSubmitRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.BeamlineSubmitRequest
             * @static
             * @param {brightline.v1.BeamlineSubmitRequest} message BeamlineSubmitRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BeamlineSubmitRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.beamline = "";
                    object.plan = null;
                }
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    object.beamline = message.beamline;
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan"))
                    object.plan = $root.brightline.v1.SubmitPlanRequest.toObject(message.plan, options, _depth + 1);
                return object;
            };

            /**
             * Converts this BeamlineSubmitRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.BeamlineSubmitRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BeamlineSubmitRequest.prototype.toJSON = function() {
                return BeamlineSubmitRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BeamlineSubmitRequest
             * @function getTypeUrl
             * @memberof brightline.v1.BeamlineSubmitRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BeamlineSubmitRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.BeamlineSubmitRequest";
            };

            return BeamlineSubmitRequest;
        })();

        v1.BeamlineControlRequest = (function() {

            /**
             * Properties of a BeamlineControlRequest.
             * @typedef {Object} brightline.v1.BeamlineControlRequest.$Properties
             * @property {string|null} [beamline] BeamlineControlRequest beamline
             * @property {string|null} [verb] BeamlineControlRequest verb
             * @property {string|null} [reason] BeamlineControlRequest reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BeamlineControlRequest.
             * @memberof brightline.v1
             * @interface IBeamlineControlRequest
             * @augments brightline.v1.BeamlineControlRequest.$Properties
             * @deprecated Use brightline.v1.BeamlineControlRequest.$Properties instead.
             */

            /**
             * Shape of a BeamlineControlRequest.
             * @typedef {brightline.v1.BeamlineControlRequest.$Properties} brightline.v1.BeamlineControlRequest.$Shape
             */

            /**
             * Constructs a new BeamlineControlRequest.
             * @memberof brightline.v1
             * @classdesc Represents a BeamlineControlRequest.
             * @constructor
             * @param {brightline.v1.BeamlineControlRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BeamlineControlRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BeamlineControlRequest beamline.
             * @member {string} beamline
             * @memberof brightline.v1.BeamlineControlRequest
             * @instance
             */
            BeamlineControlRequest.prototype.beamline = "";

            /**
             * BeamlineControlRequest verb.
             * @member {string} verb
             * @memberof brightline.v1.BeamlineControlRequest
             * @instance
             */
            BeamlineControlRequest.prototype.verb = "";

            /**
             * BeamlineControlRequest reason.
             * @member {string} reason
             * @memberof brightline.v1.BeamlineControlRequest
             * @instance
             */
            BeamlineControlRequest.prototype.reason = "";

            /**
             * Creates a new BeamlineControlRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.BeamlineControlRequest
             * @static
             * @param {brightline.v1.BeamlineControlRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.BeamlineControlRequest} BeamlineControlRequest instance
             * @type {{
             *   (properties: brightline.v1.BeamlineControlRequest.$Shape): brightline.v1.BeamlineControlRequest & brightline.v1.BeamlineControlRequest.$Shape;
             *   (properties?: brightline.v1.BeamlineControlRequest.$Properties): brightline.v1.BeamlineControlRequest;
             * }}
             */
            BeamlineControlRequest.create = function(properties) {
                return new BeamlineControlRequest(properties);
            };

            /**
             * Encodes the specified BeamlineControlRequest message. Does not implicitly {@link brightline.v1.BeamlineControlRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.BeamlineControlRequest
             * @static
             * @param {brightline.v1.BeamlineControlRequest.$Properties} message BeamlineControlRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BeamlineControlRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline") && message.beamline !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.beamline);
                if (message.verb != null && $Object.hasOwnProperty.call(message, "verb") && message.verb !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.verb);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BeamlineControlRequest message, length delimited. Does not implicitly {@link brightline.v1.BeamlineControlRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.BeamlineControlRequest
             * @static
             * @param {brightline.v1.BeamlineControlRequest.$Properties} message BeamlineControlRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BeamlineControlRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BeamlineControlRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.BeamlineControlRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.BeamlineControlRequest & brightline.v1.BeamlineControlRequest.$Shape} BeamlineControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BeamlineControlRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.BeamlineControlRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.beamline = value;
                            else
                                delete message.beamline;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.verb = value;
                            else
                                delete message.verb;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a BeamlineControlRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.BeamlineControlRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.BeamlineControlRequest & brightline.v1.BeamlineControlRequest.$Shape} BeamlineControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BeamlineControlRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BeamlineControlRequest message.
             * @function verify
             * @memberof brightline.v1.BeamlineControlRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BeamlineControlRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    if (!$util.isString(message.beamline))
                        return "beamline: string expected";
                if (message.verb != null && $Object.hasOwnProperty.call(message, "verb"))
                    if (!$util.isString(message.verb))
                        return "verb: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a BeamlineControlRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.BeamlineControlRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.BeamlineControlRequest} BeamlineControlRequest
             */
            BeamlineControlRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.BeamlineControlRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.BeamlineControlRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.BeamlineControlRequest();
                if (object.beamline != null)
                    if (typeof object.beamline !== "string" || object.beamline.length)
                        message.beamline = $String(object.beamline);
                if (object.verb != null)
                    if (typeof object.verb !== "string" || object.verb.length)
                        message.verb = $String(object.verb);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a BeamlineControlRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.BeamlineControlRequest
             * @static
             * @param {brightline.v1.BeamlineControlRequest} message BeamlineControlRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BeamlineControlRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.beamline = "";
                    object.verb = "";
                    object.reason = "";
                }
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    object.beamline = message.beamline;
                if (message.verb != null && $Object.hasOwnProperty.call(message, "verb"))
                    object.verb = message.verb;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this BeamlineControlRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.BeamlineControlRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BeamlineControlRequest.prototype.toJSON = function() {
                return BeamlineControlRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BeamlineControlRequest
             * @function getTypeUrl
             * @memberof brightline.v1.BeamlineControlRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BeamlineControlRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.BeamlineControlRequest";
            };

            return BeamlineControlRequest;
        })();

        v1.RunRef = (function() {

            /**
             * Properties of a RunRef.
             * @typedef {Object} brightline.v1.RunRef.$Properties
             * @property {string|null} [beamline] RunRef beamline
             * @property {string|null} [run_uid] RunRef run_uid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunRef.
             * @memberof brightline.v1
             * @interface IRunRef
             * @augments brightline.v1.RunRef.$Properties
             * @deprecated Use brightline.v1.RunRef.$Properties instead.
             */

            /**
             * Shape of a RunRef.
             * @typedef {brightline.v1.RunRef.$Properties} brightline.v1.RunRef.$Shape
             */

            /**
             * Constructs a new RunRef.
             * @memberof brightline.v1
             * @classdesc Represents a RunRef.
             * @constructor
             * @param {brightline.v1.RunRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunRef beamline.
             * @member {string} beamline
             * @memberof brightline.v1.RunRef
             * @instance
             */
            RunRef.prototype.beamline = "";

            /**
             * RunRef run_uid.
             * @member {string} run_uid
             * @memberof brightline.v1.RunRef
             * @instance
             */
            RunRef.prototype.run_uid = "";

            /**
             * Creates a new RunRef instance using the specified properties.
             * @function create
             * @memberof brightline.v1.RunRef
             * @static
             * @param {brightline.v1.RunRef.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.RunRef} RunRef instance
             * @type {{
             *   (properties: brightline.v1.RunRef.$Shape): brightline.v1.RunRef & brightline.v1.RunRef.$Shape;
             *   (properties?: brightline.v1.RunRef.$Properties): brightline.v1.RunRef;
             * }}
             */
            RunRef.create = function(properties) {
                return new RunRef(properties);
            };

            /**
             * Encodes the specified RunRef message. Does not implicitly {@link brightline.v1.RunRef.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.RunRef
             * @static
             * @param {brightline.v1.RunRef.$Properties} message RunRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline") && message.beamline !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.beamline);
                if (message.run_uid != null && $Object.hasOwnProperty.call(message, "run_uid") && message.run_uid !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.run_uid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RunRef message, length delimited. Does not implicitly {@link brightline.v1.RunRef.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.RunRef
             * @static
             * @param {brightline.v1.RunRef.$Properties} message RunRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunRef.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RunRef message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.RunRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.RunRef & brightline.v1.RunRef.$Shape} RunRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.RunRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.beamline = value;
                            else
                                delete message.beamline;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.run_uid = value;
                            else
                                delete message.run_uid;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RunRef message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.RunRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.RunRef & brightline.v1.RunRef.$Shape} RunRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunRef.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RunRef message.
             * @function verify
             * @memberof brightline.v1.RunRef
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RunRef.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    if (!$util.isString(message.beamline))
                        return "beamline: string expected";
                if (message.run_uid != null && $Object.hasOwnProperty.call(message, "run_uid"))
                    if (!$util.isString(message.run_uid))
                        return "run_uid: string expected";
                return null;
            };

            /**
             * Creates a RunRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.RunRef
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.RunRef} RunRef
             */
            RunRef.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.RunRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.RunRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.RunRef();
                if (object.beamline != null)
                    if (typeof object.beamline !== "string" || object.beamline.length)
                        message.beamline = $String(object.beamline);
                if (object.run_uid != null)
                    if (typeof object.run_uid !== "string" || object.run_uid.length)
                        message.run_uid = $String(object.run_uid);
                return message;
            };

            /**
             * Creates a plain object from a RunRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.RunRef
             * @static
             * @param {brightline.v1.RunRef} message RunRef
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.beamline = "";
                    object.run_uid = "";
                }
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    object.beamline = message.beamline;
                if (message.run_uid != null && $Object.hasOwnProperty.call(message, "run_uid"))
                    object.run_uid = message.run_uid;
                return object;
            };

            /**
             * Converts this RunRef to JSON.
             * @function toJSON
             * @memberof brightline.v1.RunRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunRef.prototype.toJSON = function() {
                return RunRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunRef
             * @function getTypeUrl
             * @memberof brightline.v1.RunRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.RunRef";
            };

            return RunRef;
        })();

        v1.SubmitPlanRequest = (function() {

            /**
             * Properties of a SubmitPlanRequest.
             * @typedef {Object} brightline.v1.SubmitPlanRequest.$Properties
             * @property {string|null} [plan_name] SubmitPlanRequest plan_name
             * @property {Object.<string,brightline.v1.Value.$Properties>|null} [args] SubmitPlanRequest args
             * @property {Object.<string,brightline.v1.Value.$Properties>|null} [metadata] SubmitPlanRequest metadata
             * @property {string|null} [user] SubmitPlanRequest user
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubmitPlanRequest.
             * @memberof brightline.v1
             * @interface ISubmitPlanRequest
             * @augments brightline.v1.SubmitPlanRequest.$Properties
             * @deprecated Use brightline.v1.SubmitPlanRequest.$Properties instead.
             */

            /**
             * Shape of a SubmitPlanRequest.
             * @typedef {{
             *   plan_name?: string|null;
             *   args?: Object.<string,brightline.v1.Value.$Shape>|null;
             *   metadata?: Object.<string,brightline.v1.Value.$Shape>|null;
             *   user?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} brightline.v1.SubmitPlanRequest.$Shape
             */

            /**
             * Constructs a new SubmitPlanRequest.
             * @memberof brightline.v1
             * @classdesc Represents a SubmitPlanRequest.
             * @constructor
             * @param {brightline.v1.SubmitPlanRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubmitPlanRequest = function (properties) {
                this.args = {};
                this.metadata = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubmitPlanRequest plan_name.
             * @member {string} plan_name
             * @memberof brightline.v1.SubmitPlanRequest
             * @instance
             */
            SubmitPlanRequest.prototype.plan_name = "";

            /**
             * SubmitPlanRequest args.
             * @member {Object.<string,brightline.v1.Value.$Properties>} args
             * @memberof brightline.v1.SubmitPlanRequest
             * @instance
             */
            SubmitPlanRequest.prototype.args = $util.emptyObject;

            /**
             * SubmitPlanRequest metadata.
             * @member {Object.<string,brightline.v1.Value.$Properties>} metadata
             * @memberof brightline.v1.SubmitPlanRequest
             * @instance
             */
            SubmitPlanRequest.prototype.metadata = $util.emptyObject;

            /**
             * SubmitPlanRequest user.
             * @member {string} user
             * @memberof brightline.v1.SubmitPlanRequest
             * @instance
             */
            SubmitPlanRequest.prototype.user = "";

            /**
             * Creates a new SubmitPlanRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.SubmitPlanRequest
             * @static
             * @param {brightline.v1.SubmitPlanRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.SubmitPlanRequest} SubmitPlanRequest instance
             * @type {{
             *   (properties: brightline.v1.SubmitPlanRequest.$Shape): brightline.v1.SubmitPlanRequest & brightline.v1.SubmitPlanRequest.$Shape;
             *   (properties?: brightline.v1.SubmitPlanRequest.$Properties): brightline.v1.SubmitPlanRequest;
             * }}
             */
            SubmitPlanRequest.create = function(properties) {
                return new SubmitPlanRequest(properties);
            };

            /**
             * Encodes the specified SubmitPlanRequest message. Does not implicitly {@link brightline.v1.SubmitPlanRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.SubmitPlanRequest
             * @static
             * @param {brightline.v1.SubmitPlanRequest.$Properties} message SubmitPlanRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitPlanRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.plan_name != null && $Object.hasOwnProperty.call(message, "plan_name") && message.plan_name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.plan_name);
                if (message.args != null && $Object.hasOwnProperty.call(message, "args"))
                    for (let keys = $Object.keys(message.args), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.brightline.v1.Value.encode(message.args[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    for (let keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.brightline.v1.Value.encode(message.metadata[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.user);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SubmitPlanRequest message, length delimited. Does not implicitly {@link brightline.v1.SubmitPlanRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.SubmitPlanRequest
             * @static
             * @param {brightline.v1.SubmitPlanRequest.$Properties} message SubmitPlanRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitPlanRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SubmitPlanRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.SubmitPlanRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.SubmitPlanRequest & brightline.v1.SubmitPlanRequest.$Shape} SubmitPlanRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitPlanRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.SubmitPlanRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.plan_name = value;
                            else
                                delete message.plan_name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.args === $util.emptyObject)
                                message.args = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.brightline.v1.Value.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.args, key);
                            message.args[key] = value || new $root.brightline.v1.Value();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.metadata === $util.emptyObject)
                                message.metadata = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.brightline.v1.Value.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.metadata, key);
                            message.metadata[key] = value || new $root.brightline.v1.Value();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user = value;
                            else
                                delete message.user;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SubmitPlanRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.SubmitPlanRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.SubmitPlanRequest & brightline.v1.SubmitPlanRequest.$Shape} SubmitPlanRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitPlanRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SubmitPlanRequest message.
             * @function verify
             * @memberof brightline.v1.SubmitPlanRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubmitPlanRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.plan_name != null && $Object.hasOwnProperty.call(message, "plan_name"))
                    if (!$util.isString(message.plan_name))
                        return "plan_name: string expected";
                if (message.args != null && $Object.hasOwnProperty.call(message, "args")) {
                    if (!$util.isObject(message.args))
                        return "args: object expected";
                    let key = $Object.keys(message.args);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.brightline.v1.Value.verify(message.args[key[i]], _depth + 1);
                        if (error)
                            return "args." + error;
                    }
                }
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                    if (!$util.isObject(message.metadata))
                        return "metadata: object expected";
                    let key = $Object.keys(message.metadata);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.brightline.v1.Value.verify(message.metadata[key[i]], _depth + 1);
                        if (error)
                            return "metadata." + error;
                    }
                }
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    if (!$util.isString(message.user))
                        return "user: string expected";
                return null;
            };

            /**
             * Creates a SubmitPlanRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.SubmitPlanRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.SubmitPlanRequest} SubmitPlanRequest
             */
            SubmitPlanRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.SubmitPlanRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.SubmitPlanRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.SubmitPlanRequest();
                if (object.plan_name != null)
                    if (typeof object.plan_name !== "string" || object.plan_name.length)
                        message.plan_name = $String(object.plan_name);
                if (object.args) {
                    if (!$util.isObject(object.args))
                        throw $TypeError(".brightline.v1.SubmitPlanRequest.args: object expected");
                    message.args = {};
                    for (let keys = $Object.keys(object.args), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.args, keys[i]);
                        if (!$util.isObject(object.args[keys[i]]))
                            throw $TypeError(".brightline.v1.SubmitPlanRequest.args: object expected");
                        message.args[keys[i]] = $root.brightline.v1.Value.fromObject(object.args[keys[i]], _depth + 1);
                    }
                }
                if (object.metadata) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".brightline.v1.SubmitPlanRequest.metadata: object expected");
                    message.metadata = {};
                    for (let keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.metadata, keys[i]);
                        if (!$util.isObject(object.metadata[keys[i]]))
                            throw $TypeError(".brightline.v1.SubmitPlanRequest.metadata: object expected");
                        message.metadata[keys[i]] = $root.brightline.v1.Value.fromObject(object.metadata[keys[i]], _depth + 1);
                    }
                }
                if (object.user != null)
                    if (typeof object.user !== "string" || object.user.length)
                        message.user = $String(object.user);
                return message;
            };

            /**
             * Creates a plain object from a SubmitPlanRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.SubmitPlanRequest
             * @static
             * @param {brightline.v1.SubmitPlanRequest} message SubmitPlanRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubmitPlanRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults) {
                    object.args = {};
                    object.metadata = {};
                }
                if (options.defaults) {
                    object.plan_name = "";
                    object.user = "";
                }
                if (message.plan_name != null && $Object.hasOwnProperty.call(message, "plan_name"))
                    object.plan_name = message.plan_name;
                let keys2;
                if (message.args && (keys2 = $Object.keys(message.args)).length) {
                    object.args = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.args, keys2[j]);
                        object.args[keys2[j]] = $root.brightline.v1.Value.toObject(message.args[keys2[j]], options, _depth + 1);
                    }
                }
                if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                    object.metadata = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.metadata, keys2[j]);
                        object.metadata[keys2[j]] = $root.brightline.v1.Value.toObject(message.metadata[keys2[j]], options, _depth + 1);
                    }
                }
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    object.user = message.user;
                return object;
            };

            /**
             * Converts this SubmitPlanRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.SubmitPlanRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubmitPlanRequest.prototype.toJSON = function() {
                return SubmitPlanRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubmitPlanRequest
             * @function getTypeUrl
             * @memberof brightline.v1.SubmitPlanRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubmitPlanRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.SubmitPlanRequest";
            };

            return SubmitPlanRequest;
        })();

        v1.SubmitPlanReply = (function() {

            /**
             * Properties of a SubmitPlanReply.
             * @typedef {Object} brightline.v1.SubmitPlanReply.$Properties
             * @property {string|null} [item_uid] SubmitPlanReply item_uid
             * @property {brightline.v1.Error.$Properties|null} [error] SubmitPlanReply error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubmitPlanReply.
             * @memberof brightline.v1
             * @interface ISubmitPlanReply
             * @augments brightline.v1.SubmitPlanReply.$Properties
             * @deprecated Use brightline.v1.SubmitPlanReply.$Properties instead.
             */

            /**
             * Shape of a SubmitPlanReply.
             * @typedef {brightline.v1.SubmitPlanReply.$Properties} brightline.v1.SubmitPlanReply.$Shape
             */

            /**
             * Constructs a new SubmitPlanReply.
             * @memberof brightline.v1
             * @classdesc Represents a SubmitPlanReply.
             * @constructor
             * @param {brightline.v1.SubmitPlanReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubmitPlanReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubmitPlanReply item_uid.
             * @member {string} item_uid
             * @memberof brightline.v1.SubmitPlanReply
             * @instance
             */
            SubmitPlanReply.prototype.item_uid = "";

            /**
             * SubmitPlanReply error.
             * @member {brightline.v1.Error.$Properties|null|undefined} error
             * @memberof brightline.v1.SubmitPlanReply
             * @instance
             */
            SubmitPlanReply.prototype.error = null;

            /**
             * Creates a new SubmitPlanReply instance using the specified properties.
             * @function create
             * @memberof brightline.v1.SubmitPlanReply
             * @static
             * @param {brightline.v1.SubmitPlanReply.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.SubmitPlanReply} SubmitPlanReply instance
             * @type {{
             *   (properties: brightline.v1.SubmitPlanReply.$Shape): brightline.v1.SubmitPlanReply & brightline.v1.SubmitPlanReply.$Shape;
             *   (properties?: brightline.v1.SubmitPlanReply.$Properties): brightline.v1.SubmitPlanReply;
             * }}
             */
            SubmitPlanReply.create = function(properties) {
                return new SubmitPlanReply(properties);
            };

            /**
             * Encodes the specified SubmitPlanReply message. Does not implicitly {@link brightline.v1.SubmitPlanReply.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.SubmitPlanReply
             * @static
             * @param {brightline.v1.SubmitPlanReply.$Properties} message SubmitPlanReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitPlanReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.item_uid != null && $Object.hasOwnProperty.call(message, "item_uid") && message.item_uid !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.item_uid);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.brightline.v1.Error.encode(message.error, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SubmitPlanReply message, length delimited. Does not implicitly {@link brightline.v1.SubmitPlanReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.SubmitPlanReply
             * @static
             * @param {brightline.v1.SubmitPlanReply.$Properties} message SubmitPlanReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitPlanReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SubmitPlanReply message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.SubmitPlanReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.SubmitPlanReply & brightline.v1.SubmitPlanReply.$Shape} SubmitPlanReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitPlanReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.SubmitPlanReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.item_uid = value;
                            else
                                delete message.item_uid;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.brightline.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SubmitPlanReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.SubmitPlanReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.SubmitPlanReply & brightline.v1.SubmitPlanReply.$Shape} SubmitPlanReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitPlanReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SubmitPlanReply message.
             * @function verify
             * @memberof brightline.v1.SubmitPlanReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubmitPlanReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.item_uid != null && $Object.hasOwnProperty.call(message, "item_uid"))
                    if (!$util.isString(message.item_uid))
                        return "item_uid: string expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.brightline.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            /**
             * Creates a SubmitPlanReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.SubmitPlanReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.SubmitPlanReply} SubmitPlanReply
             */
            SubmitPlanReply.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.SubmitPlanReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.SubmitPlanReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.SubmitPlanReply();
                if (object.item_uid != null)
                    if (typeof object.item_uid !== "string" || object.item_uid.length)
                        message.item_uid = $String(object.item_uid);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".brightline.v1.SubmitPlanReply.error: object expected");
                    message.error = $root.brightline.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SubmitPlanReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.SubmitPlanReply
             * @static
             * @param {brightline.v1.SubmitPlanReply} message SubmitPlanReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubmitPlanReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.item_uid = "";
                    object.error = null;
                }
                if (message.item_uid != null && $Object.hasOwnProperty.call(message, "item_uid"))
                    object.item_uid = message.item_uid;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.brightline.v1.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SubmitPlanReply to JSON.
             * @function toJSON
             * @memberof brightline.v1.SubmitPlanReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubmitPlanReply.prototype.toJSON = function() {
                return SubmitPlanReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubmitPlanReply
             * @function getTypeUrl
             * @memberof brightline.v1.SubmitPlanReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubmitPlanReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.SubmitPlanReply";
            };

            return SubmitPlanReply;
        })();

        v1.PlanControlRequest = (function() {

            /**
             * Properties of a PlanControlRequest.
             * @typedef {Object} brightline.v1.PlanControlRequest.$Properties
             * @property {string|null} [reason] PlanControlRequest reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanControlRequest.
             * @memberof brightline.v1
             * @interface IPlanControlRequest
             * @augments brightline.v1.PlanControlRequest.$Properties
             * @deprecated Use brightline.v1.PlanControlRequest.$Properties instead.
             */

            /**
             * Shape of a PlanControlRequest.
             * @typedef {brightline.v1.PlanControlRequest.$Properties} brightline.v1.PlanControlRequest.$Shape
             */

            /**
             * Constructs a new PlanControlRequest.
             * @memberof brightline.v1
             * @classdesc Represents a PlanControlRequest.
             * @constructor
             * @param {brightline.v1.PlanControlRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlanControlRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlanControlRequest reason.
             * @member {string} reason
             * @memberof brightline.v1.PlanControlRequest
             * @instance
             */
            PlanControlRequest.prototype.reason = "";

            /**
             * Creates a new PlanControlRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.PlanControlRequest
             * @static
             * @param {brightline.v1.PlanControlRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.PlanControlRequest} PlanControlRequest instance
             * @type {{
             *   (properties: brightline.v1.PlanControlRequest.$Shape): brightline.v1.PlanControlRequest & brightline.v1.PlanControlRequest.$Shape;
             *   (properties?: brightline.v1.PlanControlRequest.$Properties): brightline.v1.PlanControlRequest;
             * }}
             */
            PlanControlRequest.create = function(properties) {
                return new PlanControlRequest(properties);
            };

            /**
             * Encodes the specified PlanControlRequest message. Does not implicitly {@link brightline.v1.PlanControlRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.PlanControlRequest
             * @static
             * @param {brightline.v1.PlanControlRequest.$Properties} message PlanControlRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanControlRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PlanControlRequest message, length delimited. Does not implicitly {@link brightline.v1.PlanControlRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.PlanControlRequest
             * @static
             * @param {brightline.v1.PlanControlRequest.$Properties} message PlanControlRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanControlRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PlanControlRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.PlanControlRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.PlanControlRequest & brightline.v1.PlanControlRequest.$Shape} PlanControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanControlRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.PlanControlRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PlanControlRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.PlanControlRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.PlanControlRequest & brightline.v1.PlanControlRequest.$Shape} PlanControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanControlRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PlanControlRequest message.
             * @function verify
             * @memberof brightline.v1.PlanControlRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlanControlRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a PlanControlRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.PlanControlRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.PlanControlRequest} PlanControlRequest
             */
            PlanControlRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.PlanControlRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.PlanControlRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.PlanControlRequest();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a PlanControlRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.PlanControlRequest
             * @static
             * @param {brightline.v1.PlanControlRequest} message PlanControlRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlanControlRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.reason = "";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this PlanControlRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.PlanControlRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlanControlRequest.prototype.toJSON = function() {
                return PlanControlRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlanControlRequest
             * @function getTypeUrl
             * @memberof brightline.v1.PlanControlRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanControlRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.PlanControlRequest";
            };

            return PlanControlRequest;
        })();

        v1.PlanControlReply = (function() {

            /**
             * Properties of a PlanControlReply.
             * @typedef {Object} brightline.v1.PlanControlReply.$Properties
             * @property {string|null} [state] PlanControlReply state
             * @property {brightline.v1.Error.$Properties|null} [error] PlanControlReply error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanControlReply.
             * @memberof brightline.v1
             * @interface IPlanControlReply
             * @augments brightline.v1.PlanControlReply.$Properties
             * @deprecated Use brightline.v1.PlanControlReply.$Properties instead.
             */

            /**
             * Shape of a PlanControlReply.
             * @typedef {brightline.v1.PlanControlReply.$Properties} brightline.v1.PlanControlReply.$Shape
             */

            /**
             * Constructs a new PlanControlReply.
             * @memberof brightline.v1
             * @classdesc Represents a PlanControlReply.
             * @constructor
             * @param {brightline.v1.PlanControlReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlanControlReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlanControlReply state.
             * @member {string} state
             * @memberof brightline.v1.PlanControlReply
             * @instance
             */
            PlanControlReply.prototype.state = "";

            /**
             * PlanControlReply error.
             * @member {brightline.v1.Error.$Properties|null|undefined} error
             * @memberof brightline.v1.PlanControlReply
             * @instance
             */
            PlanControlReply.prototype.error = null;

            /**
             * Creates a new PlanControlReply instance using the specified properties.
             * @function create
             * @memberof brightline.v1.PlanControlReply
             * @static
             * @param {brightline.v1.PlanControlReply.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.PlanControlReply} PlanControlReply instance
             * @type {{
             *   (properties: brightline.v1.PlanControlReply.$Shape): brightline.v1.PlanControlReply & brightline.v1.PlanControlReply.$Shape;
             *   (properties?: brightline.v1.PlanControlReply.$Properties): brightline.v1.PlanControlReply;
             * }}
             */
            PlanControlReply.create = function(properties) {
                return new PlanControlReply(properties);
            };

            /**
             * Encodes the specified PlanControlReply message. Does not implicitly {@link brightline.v1.PlanControlReply.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.PlanControlReply
             * @static
             * @param {brightline.v1.PlanControlReply.$Properties} message PlanControlReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanControlReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.state);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.brightline.v1.Error.encode(message.error, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PlanControlReply message, length delimited. Does not implicitly {@link brightline.v1.PlanControlReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.PlanControlReply
             * @static
             * @param {brightline.v1.PlanControlReply.$Properties} message PlanControlReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanControlReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PlanControlReply message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.PlanControlReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.PlanControlReply & brightline.v1.PlanControlReply.$Shape} PlanControlReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanControlReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.PlanControlReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.brightline.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PlanControlReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.PlanControlReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.PlanControlReply & brightline.v1.PlanControlReply.$Shape} PlanControlReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanControlReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PlanControlReply message.
             * @function verify
             * @memberof brightline.v1.PlanControlReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlanControlReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.brightline.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            /**
             * Creates a PlanControlReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.PlanControlReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.PlanControlReply} PlanControlReply
             */
            PlanControlReply.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.PlanControlReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.PlanControlReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.PlanControlReply();
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".brightline.v1.PlanControlReply.error: object expected");
                    message.error = $root.brightline.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a PlanControlReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.PlanControlReply
             * @static
             * @param {brightline.v1.PlanControlReply} message PlanControlReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlanControlReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.state = "";
                    object.error = null;
                }
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.brightline.v1.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this PlanControlReply to JSON.
             * @function toJSON
             * @memberof brightline.v1.PlanControlReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlanControlReply.prototype.toJSON = function() {
                return PlanControlReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlanControlReply
             * @function getTypeUrl
             * @memberof brightline.v1.PlanControlReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanControlReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.PlanControlReply";
            };

            return PlanControlReply;
        })();

        v1.PlanStatusRequest = (function() {

            /**
             * Properties of a PlanStatusRequest.
             * @typedef {Object} brightline.v1.PlanStatusRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanStatusRequest.
             * @memberof brightline.v1
             * @interface IPlanStatusRequest
             * @augments brightline.v1.PlanStatusRequest.$Properties
             * @deprecated Use brightline.v1.PlanStatusRequest.$Properties instead.
             */

            /**
             * Shape of a PlanStatusRequest.
             * @typedef {brightline.v1.PlanStatusRequest.$Properties} brightline.v1.PlanStatusRequest.$Shape
             */

            /**
             * Constructs a new PlanStatusRequest.
             * @memberof brightline.v1
             * @classdesc Represents a PlanStatusRequest.
             * @constructor
             * @param {brightline.v1.PlanStatusRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlanStatusRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new PlanStatusRequest instance using the specified properties.
             * @function create
             * @memberof brightline.v1.PlanStatusRequest
             * @static
             * @param {brightline.v1.PlanStatusRequest.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.PlanStatusRequest} PlanStatusRequest instance
             * @type {{
             *   (properties: brightline.v1.PlanStatusRequest.$Shape): brightline.v1.PlanStatusRequest & brightline.v1.PlanStatusRequest.$Shape;
             *   (properties?: brightline.v1.PlanStatusRequest.$Properties): brightline.v1.PlanStatusRequest;
             * }}
             */
            PlanStatusRequest.create = function(properties) {
                return new PlanStatusRequest(properties);
            };

            /**
             * Encodes the specified PlanStatusRequest message. Does not implicitly {@link brightline.v1.PlanStatusRequest.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.PlanStatusRequest
             * @static
             * @param {brightline.v1.PlanStatusRequest.$Properties} message PlanStatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanStatusRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PlanStatusRequest message, length delimited. Does not implicitly {@link brightline.v1.PlanStatusRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.PlanStatusRequest
             * @static
             * @param {brightline.v1.PlanStatusRequest.$Properties} message PlanStatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanStatusRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PlanStatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.PlanStatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.PlanStatusRequest & brightline.v1.PlanStatusRequest.$Shape} PlanStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanStatusRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.PlanStatusRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PlanStatusRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.PlanStatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.PlanStatusRequest & brightline.v1.PlanStatusRequest.$Shape} PlanStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanStatusRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PlanStatusRequest message.
             * @function verify
             * @memberof brightline.v1.PlanStatusRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlanStatusRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a PlanStatusRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.PlanStatusRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.PlanStatusRequest} PlanStatusRequest
             */
            PlanStatusRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.PlanStatusRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.PlanStatusRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.brightline.v1.PlanStatusRequest();
            };

            /**
             * Creates a plain object from a PlanStatusRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.PlanStatusRequest
             * @static
             * @param {brightline.v1.PlanStatusRequest} message PlanStatusRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlanStatusRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this PlanStatusRequest to JSON.
             * @function toJSON
             * @memberof brightline.v1.PlanStatusRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlanStatusRequest.prototype.toJSON = function() {
                return PlanStatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlanStatusRequest
             * @function getTypeUrl
             * @memberof brightline.v1.PlanStatusRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanStatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.PlanStatusRequest";
            };

            return PlanStatusRequest;
        })();

        v1.PlanStatus = (function() {

            /**
             * Properties of a PlanStatus.
             * @typedef {Object} brightline.v1.PlanStatus.$Properties
             * @property {string|null} [beamline] PlanStatus beamline
             * @property {string|null} [state] PlanStatus state
             * @property {string|null} [item_uid] PlanStatus item_uid
             * @property {string|null} [plan_name] PlanStatus plan_name
             * @property {Array.<string>|null} [run_uids] PlanStatus run_uids
             * @property {number|null} [step] PlanStatus step
             * @property {number|null} [total_steps] PlanStatus total_steps
             * @property {string|null} [last_exit_status] PlanStatus last_exit_status
             * @property {string|null} [last_reason] PlanStatus last_reason
             * @property {brightline.v1.Error.$Properties|null} [error] PlanStatus error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanStatus.
             * @memberof brightline.v1
             * @interface IPlanStatus
             * @augments brightline.v1.PlanStatus.$Properties
             * @deprecated Use brightline.v1.PlanStatus.$Properties instead.
             */

            /**
             * Shape of a PlanStatus.
             * @typedef {brightline.v1.PlanStatus.$Properties} brightline.v1.PlanStatus.$Shape
             */

            /**
             * Constructs a new PlanStatus.
             * @memberof brightline.v1
             * @classdesc Represents a PlanStatus.
             * @constructor
             * @param {brightline.v1.PlanStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlanStatus = function (properties) {
                this.run_uids = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlanStatus beamline.
             * @member {string} beamline
             * @memberof brightline.v1.PlanStatus
             * @instance
             */
            PlanStatus.prototype.beamline = "";

            /**
             * PlanStatus state.
             * @member {string} state
             * @memberof brightline.v1.PlanStatus
             * @instance
             */
            PlanStatus.prototype.state = "";

            /**
             * PlanStatus item_uid.
             * @member {string} item_uid
             * @memberof brightline.v1.PlanStatus
             * @instance
             */
            PlanStatus.prototype.item_uid = "";

            /**
             * PlanStatus plan_name.
             * @member {string} plan_name
             * @memberof brightline.v1.PlanStatus
             * @instance
             */
            PlanStatus.prototype.plan_name = "";

            /**
             * PlanStatus run_uids.
             * @member {Array.<string>} run_uids
             * @memberof brightline.v1.PlanStatus
             * @instance
             */
            PlanStatus.prototype.run_uids = $util.emptyArray;

            /**
             * PlanStatus step.
             * @member {number} step
             * @memberof brightline.v1.PlanStatus
             * @instance
             */
            PlanStatus.prototype.step = 0;

            /**
             * PlanStatus total_steps.
             * @member {number} total_steps
             * @memberof brightline.v1.PlanStatus
             * @instance
             */
            PlanStatus.prototype.total_steps = 0;

            /**
             * PlanStatus last_exit_status.
             * @member {string} last_exit_status
             * @memberof brightline.v1.PlanStatus
             * @instance
             */
            PlanStatus.prototype.last_exit_status = "";

            /**
             * PlanStatus last_reason.
             * @member {string} last_reason
             * @memberof brightline.v1.PlanStatus
             * @instance
             */
            PlanStatus.prototype.last_reason = "";

            /**
             * PlanStatus error.
             * @member {brightline.v1.Error.$Properties|null|undefined} error
             * @memberof brightline.v1.PlanStatus
             * @instance
             */
            PlanStatus.prototype.error = null;

            /**
             * Creates a new PlanStatus instance using the specified properties.
             * @function create
             * @memberof brightline.v1.PlanStatus
             * @static
             * @param {brightline.v1.PlanStatus.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.PlanStatus} PlanStatus instance
             * @type {{
             *   (properties: brightline.v1.PlanStatus.$Shape): brightline.v1.PlanStatus & brightline.v1.PlanStatus.$Shape;
             *   (properties?: brightline.v1.PlanStatus.$Properties): brightline.v1.PlanStatus;
             * }}
             */
            PlanStatus.create = function(properties) {
                return new PlanStatus(properties);
            };

            /**
             * Encodes the specified PlanStatus message. Does not implicitly {@link brightline.v1.PlanStatus.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.PlanStatus
             * @static
             * @param {brightline.v1.PlanStatus.$Properties} message PlanStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline") && message.beamline !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.beamline);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.state);
                if (message.item_uid != null && $Object.hasOwnProperty.call(message, "item_uid") && message.item_uid !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.item_uid);
                if (message.plan_name != null && $Object.hasOwnProperty.call(message, "plan_name") && message.plan_name !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.plan_name);
                if (message.run_uids != null && message.run_uids.length)
                    for (let i = 0; i < message.run_uids.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.run_uids[i]);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.step);
                if (message.total_steps != null && $Object.hasOwnProperty.call(message, "total_steps") && message.total_steps !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.total_steps);
                if (message.last_exit_status != null && $Object.hasOwnProperty.call(message, "last_exit_status") && message.last_exit_status !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.last_exit_status);
                if (message.last_reason != null && $Object.hasOwnProperty.call(message, "last_reason") && message.last_reason !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.last_reason);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.brightline.v1.Error.encode(message.error, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PlanStatus message, length delimited. Does not implicitly {@link brightline.v1.PlanStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.PlanStatus
             * @static
             * @param {brightline.v1.PlanStatus.$Properties} message PlanStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PlanStatus message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.PlanStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.PlanStatus & brightline.v1.PlanStatus.$Shape} PlanStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.PlanStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.beamline = value;
                            else
                                delete message.beamline;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.item_uid = value;
                            else
                                delete message.item_uid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.plan_name = value;
                            else
                                delete message.plan_name;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.run_uids && message.run_uids.length))
                                message.run_uids = [];
                            message.run_uids.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.total_steps = value;
                            else
                                delete message.total_steps;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.last_exit_status = value;
                            else
                                delete message.last_exit_status;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.last_reason = value;
                            else
                                delete message.last_reason;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.brightline.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PlanStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.PlanStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.PlanStatus & brightline.v1.PlanStatus.$Shape} PlanStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PlanStatus message.
             * @function verify
             * @memberof brightline.v1.PlanStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlanStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    if (!$util.isString(message.beamline))
                        return "beamline: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.item_uid != null && $Object.hasOwnProperty.call(message, "item_uid"))
                    if (!$util.isString(message.item_uid))
                        return "item_uid: string expected";
                if (message.plan_name != null && $Object.hasOwnProperty.call(message, "plan_name"))
                    if (!$util.isString(message.plan_name))
                        return "plan_name: string expected";
                if (message.run_uids != null && $Object.hasOwnProperty.call(message, "run_uids")) {
                    if (!$Array.isArray(message.run_uids))
                        return "run_uids: array expected";
                    for (let i = 0; i < message.run_uids.length; ++i)
                        if (!$util.isString(message.run_uids[i]))
                            return "run_uids: string[] expected";
                }
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (!$util.isInteger(message.step))
                        return "step: integer expected";
                if (message.total_steps != null && $Object.hasOwnProperty.call(message, "total_steps"))
                    if (!$util.isInteger(message.total_steps))
                        return "total_steps: integer expected";
                if (message.last_exit_status != null && $Object.hasOwnProperty.call(message, "last_exit_status"))
                    if (!$util.isString(message.last_exit_status))
                        return "last_exit_status: string expected";
                if (message.last_reason != null && $Object.hasOwnProperty.call(message, "last_reason"))
                    if (!$util.isString(message.last_reason))
                        return "last_reason: string expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.brightline.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            /**
             * Creates a PlanStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.PlanStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.PlanStatus} PlanStatus
             */
            PlanStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.PlanStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.PlanStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.PlanStatus();
                if (object.beamline != null)
                    if (typeof object.beamline !== "string" || object.beamline.length)
                        message.beamline = $String(object.beamline);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.item_uid != null)
                    if (typeof object.item_uid !== "string" || object.item_uid.length)
                        message.item_uid = $String(object.item_uid);
                if (object.plan_name != null)
                    if (typeof object.plan_name !== "string" || object.plan_name.length)
                        message.plan_name = $String(object.plan_name);
                if (object.run_uids) {
                    if (!$Array.isArray(object.run_uids))
                        throw $TypeError(".brightline.v1.PlanStatus.run_uids: array expected");
                    message.run_uids = $Array(object.run_uids.length);
                    for (let i = 0; i < object.run_uids.length; ++i)
                        message.run_uids[i] = $String(object.run_uids[i]);
                }
                if (object.step != null)
                    if ($Number(object.step) !== 0)
                        message.step = object.step >>> 0;
                if (object.total_steps != null)
                    if ($Number(object.total_steps) !== 0)
                        message.total_steps = object.total_steps >>> 0;
                if (object.last_exit_status != null)
                    if (typeof object.last_exit_status !== "string" || object.last_exit_status.length)
                        message.last_exit_status = $String(object.last_exit_status);
                if (object.last_reason != null)
                    if (typeof object.last_reason !== "string" || object.last_reason.length)
                        message.last_reason = $String(object.last_reason);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".brightline.v1.PlanStatus.error: object expected");
                    message.error = $root.brightline.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a PlanStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.PlanStatus
             * @static
             * @param {brightline.v1.PlanStatus} message PlanStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlanStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.run_uids = [];
                if (options.defaults) {
                    object.beamline = "";
                    object.state = "";
                    object.item_uid = "";
                    object.plan_name = "";
                    object.step = 0;
                    object.total_steps = 0;
                    object.last_exit_status = "";
                    object.last_reason = "";
                    object.error = null;
                }
                if (message.beamline != null && $Object.hasOwnProperty.call(message, "beamline"))
                    object.beamline = message.beamline;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.item_uid != null && $Object.hasOwnProperty.call(message, "item_uid"))
                    object.item_uid = message.item_uid;
                if (message.plan_name != null && $Object.hasOwnProperty.call(message, "plan_name"))
                    object.plan_name = message.plan_name;
                if (message.run_uids && message.run_uids.length) {
                    object.run_uids = $Array(message.run_uids.length);
                    for (let j = 0; j < message.run_uids.length; ++j)
                        object.run_uids[j] = message.run_uids[j];
                }
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    object.step = message.step;
                if (message.total_steps != null && $Object.hasOwnProperty.call(message, "total_steps"))
                    object.total_steps = message.total_steps;
                if (message.last_exit_status != null && $Object.hasOwnProperty.call(message, "last_exit_status"))
                    object.last_exit_status = message.last_exit_status;
                if (message.last_reason != null && $Object.hasOwnProperty.call(message, "last_reason"))
                    object.last_reason = message.last_reason;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.brightline.v1.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this PlanStatus to JSON.
             * @function toJSON
             * @memberof brightline.v1.PlanStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlanStatus.prototype.toJSON = function() {
                return PlanStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlanStatus
             * @function getTypeUrl
             * @memberof brightline.v1.PlanStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.PlanStatus";
            };

            return PlanStatus;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} brightline.v1.Heartbeat.$Properties
             * @property {string|null} [role] Heartbeat role
             * @property {string|null} [instance] Heartbeat instance
             * @property {number|null} [pid] Heartbeat pid
             * @property {number|null} [started_at] Heartbeat started_at
             * @property {number|Long|null} [sequence] Heartbeat sequence
             * @property {number|null} [interval_ms] Heartbeat interval_ms
             * @property {Array.<string>|null} [devices] Heartbeat devices
             * @property {boolean|null} [stopping] Heartbeat stopping
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof brightline.v1
             * @interface IHeartbeat
             * @augments brightline.v1.Heartbeat.$Properties
             * @deprecated Use brightline.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {brightline.v1.Heartbeat.$Properties} brightline.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof brightline.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {brightline.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                this.devices = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat role.
             * @member {string} role
             * @memberof brightline.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.role = "";

            /**
             * Heartbeat instance.
             * @member {string} instance
             * @memberof brightline.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.instance = "";

            /**
             * Heartbeat pid.
             * @member {number} pid
             * @memberof brightline.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.pid = 0;

            /**
             * Heartbeat started_at.
             * @member {number} started_at
             * @memberof brightline.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.started_at = 0;

            /**
             * Heartbeat sequence.
             * @member {number|Long} sequence
             * @memberof brightline.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Heartbeat interval_ms.
             * @member {number} interval_ms
             * @memberof brightline.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.interval_ms = 0;

            /**
             * Heartbeat devices.
             * @member {Array.<string>} devices
             * @memberof brightline.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.devices = $util.emptyArray;

            /**
             * Heartbeat stopping.
             * @member {boolean} stopping
             * @memberof brightline.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.stopping = false;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof brightline.v1.Heartbeat
             * @static
             * @param {brightline.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {brightline.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: brightline.v1.Heartbeat.$Shape): brightline.v1.Heartbeat & brightline.v1.Heartbeat.$Shape;
             *   (properties?: brightline.v1.Heartbeat.$Properties): brightline.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link brightline.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof brightline.v1.Heartbeat
             * @static
             * @param {brightline.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.role);
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance") && message.instance !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.instance);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pid);
                if (message.started_at != null && $Object.hasOwnProperty.call(message, "started_at") && !$Object.is(message.started_at, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.started_at);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.sequence);
                if (message.interval_ms != null && $Object.hasOwnProperty.call(message, "interval_ms") && message.interval_ms !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.interval_ms);
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.devices[i]);
                if (message.stopping != null && $Object.hasOwnProperty.call(message, "stopping") && message.stopping !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.stopping);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link brightline.v1.Heartbeat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof brightline.v1.Heartbeat
             * @static
             * @param {brightline.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof brightline.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {brightline.v1.Heartbeat & brightline.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.brightline.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.instance = value;
                            else
                                delete message.instance;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.started_at = value;
                            else
                                delete message.started_at;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.interval_ms = value;
                            else
                                delete message.interval_ms;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.stopping = value;
                            else
                                delete message.stopping;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof brightline.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {brightline.v1.Heartbeat & brightline.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof brightline.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    if (!$util.isString(message.role))
                        return "role: string expected";
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance"))
                    if (!$util.isString(message.instance))
                        return "instance: string expected";
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    if (!$util.isInteger(message.pid))
                        return "pid: integer expected";
                if (message.started_at != null && $Object.hasOwnProperty.call(message, "started_at"))
                    if (typeof message.started_at !== "number")
                        return "started_at: number expected";
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence) && !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high)))
                        return "sequence: integer|Long expected";
                if (message.interval_ms != null && $Object.hasOwnProperty.call(message, "interval_ms"))
                    if (!$util.isInteger(message.interval_ms))
                        return "interval_ms: integer expected";
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices")) {
                    if (!$Array.isArray(message.devices))
                        return "devices: array expected";
                    for (let i = 0; i < message.devices.length; ++i)
                        if (!$util.isString(message.devices[i]))
                            return "devices: string[] expected";
                }
                if (message.stopping != null && $Object.hasOwnProperty.call(message, "stopping"))
                    if (typeof message.stopping !== "boolean")
                        return "stopping: boolean expected";
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof brightline.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {brightline.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.brightline.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".brightline.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.brightline.v1.Heartbeat();
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                if (object.instance != null)
                    if (typeof object.instance !== "string" || object.instance.length)
                        message.instance = $String(object.instance);
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.started_at != null)
                    if (!$Object.is($Number(object.started_at), 0))
                        message.started_at = $Number(object.started_at);
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                if (object.interval_ms != null)
                    if ($Number(object.interval_ms) !== 0)
                        message.interval_ms = object.interval_ms >>> 0;
                if (object.devices) {
                    if (!$Array.isArray(object.devices))
                        throw $TypeError(".brightline.v1.Heartbeat.devices: array expected");
                    message.devices = $Array(object.devices.length);
                    for (let i = 0; i < object.devices.length; ++i)
                        message.devices[i] = $String(object.devices[i]);
                }
                if (object.stopping != null)
                    if (object.stopping)
                        message.stopping = $Boolean(object.stopping);
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof brightline.v1.Heartbeat
             * @static
             * @param {brightline.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.devices = [];
                if (options.defaults) {
                    object.role = "";
                    object.instance = "";
                    object.pid = 0;
                    object.started_at = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.interval_ms = 0;
                    object.stopping = false;
                }
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance"))
                    object.instance = message.instance;
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.started_at != null && $Object.hasOwnProperty.call(message, "started_at"))
                    object.started_at = options.json && !$isFinite(message.started_at) ? $String(message.started_at) : message.started_at;
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                if (message.interval_ms != null && $Object.hasOwnProperty.call(message, "interval_ms"))
                    object.interval_ms = message.interval_ms;
                if (message.devices && message.devices.length) {
                    object.devices = $Array(message.devices.length);
                    for (let j = 0; j < message.devices.length; ++j)
                        object.devices[j] = message.devices[j];
                }
                if (message.stopping != null && $Object.hasOwnProperty.call(message, "stopping"))
                    object.stopping = message.stopping;
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof brightline.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof brightline.v1.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/brightline.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        return v1;
    })();

    return brightline;
})();

export {
  $root as default
};
