/**
 * Sizing requests by their serialised payload. Excel on the web refuses a request or a response over
 * 5 MB (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded: Office Add-ins docs,
 * "Resource limits and performance optimization", section "Excel add-ins", and Excel "Performance
 * optimization" › "Payload size limit best practices"). The payload counts the API calls, the objects
 * and the length of every value, so the adapter estimates all three for each queued operation and
 * closes a batch well before the limit.
 *
 * The estimate runs an op's `queue` function against a recording stand-in for the request context
 * (a Proxy): every object reached, every method called and every property set is counted with the
 * JSON length of its arguments, the way Microsoft's client library serialises them (an object path,
 * an instantiate action, a set or call action; about 30 bytes of result per action in the response).
 * The constants are deliberately generous; tests/excel-adapter/payload.test.ts checks them against the
 * real client library's requests on the strict double (estimate ≥ actual, and not wildly above).
 */

/** Excel on the web's limit for one request and for one response. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/** What the adapter lets one request (or one response) reach by its own estimate: a 30% margin. */
export const PAYLOAD_BUDGET_BYTES = 3_500_000;

/** An object path plus its instantiate action (≈ 85 + 50 bytes in the client's JSON), rounded up. */
const OBJECT_BYTES = 110;
/** A method call or property set action, before its arguments (the "L" path list included). */
const ACTION_BYTES = 90;
/**
 * Large grids (values, number formats) cost a little more than their JSON: the client library splits
 * them into row slices, each an action of its own. Measured at about 3% on 20,000-action summaries.
 */
const GRID_OVERHEAD = 1.06;
/** One entry in the response's Results for each action. */
const RESULT_BYTES = 28;

export interface PayloadEstimate {
  request: number;
  response: number;
}

/** Bytes of `text` in UTF-8 (what goes over the wire), without allocating. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // a surrogate pair: one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as JSON. */
export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  return utf8Length(JSON.stringify(value) ?? '');
}

/**
 * The request and response an op would add to a batch. `queue` is called once, on a stand-in that
 * records instead of queueing; it must only chain calls and sets (as every op does), never read.
 */
export function estimatePayload(queue: (context: Excel.RequestContext) => void): PayloadEstimate {
  let request = 0;
  let actions = 0;
  const node = (): unknown => {
    // Charged when first used as an object: a method name that is only called costs nothing itself.
    let used = false;
    const use = () => {
      if (!used) {
        used = true;
        request += OBJECT_BYTES;
        actions++;
      }
    };
    const children = new Map<PropertyKey, unknown>();
    const callable = () => undefined;
    return new Proxy(callable, {
      get(_target, key) {
        if (key === 'then') return undefined; // never mistaken for a promise
        use();
        if (!children.has(key)) children.set(key, node());
        return children.get(key);
      },
      set(_target, _key, value) {
        use();
        request += ACTION_BYTES + Math.ceil(jsonBytes(value) * (Array.isArray(value) ? GRID_OVERHEAD : 1));
        actions++;
        return true;
      },
      apply(_target, _this, args) {
        request += ACTION_BYTES + jsonBytes(args);
        actions++;
        return node();
      },
    });
  };
  queue(node() as Excel.RequestContext);
  return { request, response: actions * RESULT_BYTES };
}
