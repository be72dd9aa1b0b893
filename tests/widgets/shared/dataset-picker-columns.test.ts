import { describe, expect, it } from 'vitest';
import { createDatasetHost, type HostContext } from '~/widgets/shared/dataset-picker/host';
import type { HostResponse, LoadReport } from '~/widgets/shared/dataset-picker/protocol';

describe('dataset host, `columns` mode', () => {
  it('keeps every column as text for the widget’s handlers and reports the rows it skipped', async () => {
    const posted: HostResponse[] = [];
    let seen: HostContext['dataset'] = null;
    const host = createDatasetHost({ peek: (ctx: HostContext) => ((seen = ctx.dataset), ctx.dataset?.columns?.headers) }, (m) => posted.push(m));
    const text = '问卷编号,客户类型,可靠性_准时\nS1,个人,4\nS2,企业\nS3,企业,5\n';
    await host({ id: 1, type: 'load', request: { mode: 'columns', source: { type: 'text', text, name: '问卷' } } });
    const done = posted.find((m) => m.id === 1 && m.type === 'done') as { value: LoadReport };
    expect(done.value).toMatchObject({ mode: 'columns', fields: [], rowsRead: 3, rowsKept: 2, customers: 2, issueCount: 1, headers: ['问卷编号', '客户类型', '可靠性_准时'] });
    expect(done.value.issues).toEqual([{ line: 3, message: '这一行有 2 列，表头有 3 列' }]);
    await host({ id: 2, type: 'call', method: 'peek', args: {} });
    expect(posted.at(-1)).toEqual({ id: 2, type: 'done', value: ['问卷编号', '客户类型', '可靠性_准时'] });
    expect(seen!.columns!.columns[1]).toEqual(['个人', '企业']);
    expect(seen!.transactions).toBeNull();
  });
});
