import { describe, expectTypeOf, it } from 'vitest';
import { type Handlers, handle, handlers } from '@/entrypoints/background/handlers';
import type { Analysis, RequestOf, ResponseMap } from '@/utils/messaging/protocol';
import { send } from '@/utils/messaging/send';
import type { Person, PersonSummary } from '@/utils/shortlist/schema/person';
import type { Database } from '@/utils/shortlist/store/db';

// the protocol's types, pinned: tsc (npm run typecheck) checks these; the calls are never made

declare const db: () => Promise<Database>;

describe('the protocol is typed per message', () => {
  it('send answers with the type of the request it was given', () => {
    const never = () => {
      expectTypeOf(send({ type: 'countPeople' })).resolves.toEqualTypeOf<number>();
      expectTypeOf(send({ type: 'getSummaries', ids: [] })).resolves.toEqualTypeOf<
        PersonSummary[]
      >();
      expectTypeOf(
        send({ type: 'analyze', snapshot: {} as RequestOf<'analyze'>['snapshot'] }),
      ).resolves.toEqualTypeOf<Analysis>();
      expectTypeOf(
        send({ type: 'findPerson', key: 'github:ada' }),
      ).resolves.toEqualTypeOf<Person | null>();
      // @ts-expect-error: a request missing its fields is refused
      void send({ type: 'setStatus', id: 'github:ada' });
      // @ts-expect-error: so is a type the protocol doesn't have
      void send({ type: 'dropTables' });
    };
    void never;
  });

  it('the background answers each request with its own response type', () => {
    const never = () => {
      expectTypeOf(
        handle(db, { type: 'removePerson', id: 'github:ada' }),
      ).resolves.toEqualTypeOf<boolean>();
      expectTypeOf(handlers.exportCsv).returns.resolves.toEqualTypeOf<ResponseMap['exportCsv']>();
      expectTypeOf(handlers.setStatus).parameter(0).toEqualTypeOf<RequestOf<'setStatus'>>();
    };
    void never;
  });

  it('a handler that answers with the wrong type does not compile', () => {
    // @ts-expect-error: countPeople answers a number, not a string
    const wrong: Handlers['countPeople'] = async () => 'many';
    // @ts-expect-error: and removePerson's request has no `snapshot`
    const confused: Handlers['removePerson'] = async (request) => Boolean(request.snapshot);
    const right: Handlers['countPeople'] = async () => 3;
    void wrong;
    void confused;
    void right;
  });
});
