/** The event-model JSON schemas every document must validate against; ../shared sits beside the repo. */
export const EVENT_MODEL_SCHEMAS = new URL('../../../shared/schemas/event-model/', import.meta.url);
