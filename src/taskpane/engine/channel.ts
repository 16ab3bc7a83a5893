/**
 * Calls between the page and a Web Worker over postMessage: each side can call the other's handlers,
 * hear progress while a call runs, and send events. Errors cross as data and come back as the same kind
 * (a UserError stays a UserError with its message and code; anything else becomes an InternalError), so
 * the pane's one message mapping (messages.ts) treats them exactly as it would at home.
 */
import { InternalError, UserError, isUserError, type UserErrorCode } from '../../core/errors';

/** What both a Worker (seen from the page) and a worker's own global scope offer. */
export interface Port {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** Reports a step of long work ("Checking the plan…"), for the progress line. */
export type Progress = (step: string) => void;

export type Handler = (args: never, progress: Progress) => unknown;

interface WireError {
  user: boolean;
  message: string;
  code?: string;
}

type Wire =
  | { t: 'call'; id: number; method: string; args: unknown }
  | { t: 'done'; id: number; value: unknown }
  | { t: 'fail'; id: number; error: WireError }
  | { t: 'progress'; id: number; step: string }
  | { t: 'event'; name: string; data: unknown };

export function encodeError(error: unknown): WireError {
  if (isUserError(error)) return { user: true, message: error.message, code: error.code };
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { user: false, message };
}

export function decodeError(wire: WireError): Error {
  return wire.user
    ? new UserError(wire.message, (wire.code ?? 'other') as UserErrorCode)
    : new InternalError(wire.message);
}

export interface Channel {
  call<T>(method: string, args: unknown, onProgress?: Progress, transfer?: Transferable[]): Promise<T>;
  emit(name: string, data?: unknown): void;
  on(name: string, listener: (data: unknown) => void): () => void;
  close(): void;
}

export function channel(port: Port, handlers: Record<string, Handler> = {}): Channel {
  let next = 1;
  const pending = new Map<
    number,
    { done: (v: unknown) => void; fail: (e: Error) => void; progress?: Progress }
  >();
  const listeners = new Map<string, Set<(data: unknown) => void>>();

  const answer = async (id: number, method: string, args: unknown) => {
    const handler = handlers[method] as ((args: unknown, progress: Progress) => unknown) | undefined;
    try {
      if (!handler) throw new InternalError(`No handler for "${method}".`);
      const value = await handler(args, (step) =>
        port.postMessage({ t: 'progress', id, step } satisfies Wire),
      );
      port.postMessage({ t: 'done', id, value } satisfies Wire);
    } catch (e) {
      port.postMessage({ t: 'fail', id, error: encodeError(e) } satisfies Wire);
    }
  };

  const receive = (event: MessageEvent) => {
    const wire = event.data as Wire;
    switch (wire?.t) {
      case 'call':
        void answer(wire.id, wire.method, wire.args);
        return;
      case 'done':
        pending.get(wire.id)?.done(wire.value);
        pending.delete(wire.id);
        return;
      case 'fail':
        pending.get(wire.id)?.fail(decodeError(wire.error));
        pending.delete(wire.id);
        return;
      case 'progress':
        pending.get(wire.id)?.progress?.(wire.step);
        return;
      case 'event':
        for (const listener of [...(listeners.get(wire.name) ?? [])]) listener(wire.data);
        return;
    }
  };
  port.addEventListener('message', receive);

  return {
    call<T>(method: string, args: unknown, onProgress?: Progress, transfer: Transferable[] = []): Promise<T> {
      const id = next++;
      return new Promise<T>((done, fail) => {
        pending.set(id, { done: done as (v: unknown) => void, fail, progress: onProgress });
        port.postMessage({ t: 'call', id, method, args } satisfies Wire, transfer);
      });
    },
    emit(name, data) {
      port.postMessage({ t: 'event', name, data } satisfies Wire);
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener);
      return () => void set.delete(listener);
    },
    close() {
      port.removeEventListener('message', receive);
      for (const { fail } of pending.values()) fail(new InternalError('The background worker stopped.'));
      pending.clear();
    },
  };
}
