import { useRef, useState } from 'preact/hooks';
import { exportCrmDatabase, parseCrmBackup, restoreCrmDatabase } from '../../crm/backup';
import { applyImport, applySegmentTags, replaceWorkspace, type LoadedWorkspace } from '../../crm/repository';
import { CUSTOMER_COLUMNS, customersToCsv } from '../../engine/crm/customer-csv';
import { planImport, type ImportKind, type ImportPlan } from '../../engine/crm/import-plan';
import { seedWorkspace } from '../../engine/crm/seed-workspace';
import { segmentTagsFromOrders } from '../../engine/crm/analyse';
import { WORKSPACES, type WorkspaceId } from '../../engine/crm/workspaces';
import { groupedNumber } from '../../engine/core/number-text';
import { datasetUrl } from '../shared/dataset-picker/manifest';
import { downloadText, today } from '../shared/download';
import { useDomId } from '../shared/use-dom-id';
import { messageOf } from './messages';
import { newId } from './time';
import type { Crm } from './use-crm';

/** The bundled files the CRM imports, and what they hold. */
const BUNDLED: readonly { file: string; kind: ImportKind; label: string }[] = [
  { file: 'logistics-customers.csv', kind: 'customers', label: 'logistics-customers.csv（迅达物流的 160 家企业客户）' },
  { file: 'retail-transactions.csv', kind: 'orders', label: 'retail-transactions.csv（鲜邻超市的会员消费流水，约 4.5 万行）' },
];

const KIND_LABEL: Record<ImportKind, string> = { customers: '客户名单', orders: '订单流水' };
const DELIMITERS: Record<string, string> = { ',': '逗号', ';': '分号', '\t': '制表符' };
/** What each field of the plan's mapping is called: the customer list's columns, the order log's fields. */
const FIELD_LABELS: Record<string, string> = {
  ...Object.fromEntries(CUSTOMER_COLUMNS.map((c) => [c.key, c.label])),
  customer: '客户编号', date: '日期', amount: '金额', order: '订单号',
};

interface Props {
  crm: Crm;
  data: LoadedWorkspace;
}

/** Import (with a preview), export, analyse, workspaces and the JSON backup. */
export function DataView({ crm, data }: Props) {
  const [kind, setKind] = useState<ImportKind>('customers');
  const kindGroup = useDomId();
  const [bundled, setBundled] = useState(BUNDLED[0]!.file);
  const [plan, setPlan] = useState<{ plan: ImportPlan; name: string } | null>(null);
  const [reading, setReading] = useState('');
  const [workspace, setWorkspace] = useState<WorkspaceId>(data.workspace ?? 'retail');
  const [confirmReplace, setConfirmReplace] = useState(false);
  const previewRef = useRef<HTMLHeadingElement>(null);

  const read = async (source: ReadableStream<Uint8Array>, name: string, as: ImportKind, totalBytes?: number) => {
    setPlan(null);
    setReading(`正在读取 ${name}……`);
    try {
      const known = { customers: new Set(data.customers.map((c) => c.id)), orders: new Set(data.orders.map((o) => o.id)) };
      const made = await planImport(source, as, known, () => newId('C'), { totalBytes });
      setPlan({ plan: made, name });
      setReading('');
      setTimeout(() => previewRef.current?.focus(), 0);
    } catch (error) {
      setReading('');
      crm.say(`无法导入 ${name}：${messageOf(error)} 没有写入任何数据。`, true);
    }
  };
  const readFile = (file: File) => void read(file.stream(), file.name, kind, file.size);
  const readBundled = async () => {
    const entry = BUNDLED.find((b) => b.file === bundled)!;
    setKind(entry.kind);
    try {
      const response = await fetch(datasetUrl(entry));
      if (!response.ok || !response.body) throw new Error(`读取内置数据集失败（HTTP ${response.status}）。`);
      await read(response.body, entry.file, entry.kind);
    } catch (error) {
      crm.say(messageOf(error), true);
    }
  };
  const confirm = () => {
    if (!plan) return;
    const { plan: p, name } = plan;
    void crm.run(async (db) => {
      await applyImport(db, p, new Date().toISOString(), name);
      setPlan(null);
      return `已导入 ${name}：新增客户 ${p.customers.length} 位、订单 ${p.orders.length} 条；${p.issueCount} 行被拒绝，没有写入。`;
    });
  };

  const exportCsv = () => {
    downloadText(`crm-customers-${today()}.csv`, customersToCsv(data.customers), 'text/csv;charset=utf-8');
    crm.say(`已导出 ${data.customers.length} 位客户（手机号和证件号已脱敏，以 ' 开头的单元格是为防公式注入加的）。`);
  };
  const analyse = () => {
    void crm.run(async (db) => {
      const tagging = segmentTagsFromOrders(data.orders);
      const n = await applySegmentTags(db, tagging, new Date().toISOString());
      const segments = [...tagging.segmentCounts].map(([s, c]) => `${s} ${c}`).join('，');
      return `已为 ${n} 位客户写入标签（截至 ${tagging.asOf}）。RFM：${segments}。ABC：A 类 ${tagging.classCounts.A}、B 类 ${tagging.classCounts.B}、C 类 ${tagging.classCounts.C}。在“客户”页按标签筛选即可。`;
    });
  };
  const backup = () => {
    void crm.run(async (db) => {
      const file = await exportCrmDatabase(db);
      downloadText(`crm-backup-${today()}.json`, JSON.stringify(file), 'application/json');
      return `已导出整个数据库的 JSON 备份（${data.customers.length} 位客户、${data.orders.length} 条订单、${data.tickets.length} 张工单）。`;
    });
  };
  const restore = async (file: File) => {
    const parsed = parseCrmBackup(await file.text());
    if (!parsed.ok) return crm.say(parsed.message, true);
    void crm.run(async (db) => (await restoreCrmDatabase(db, parsed.backup), `已从 ${file.name} 恢复：客户 ${parsed.backup.tables.customers.length} 位。`));
  };
  const loadWorkspace = () => {
    setConfirmReplace(false);
    void crm.run(async (db) => (await replaceWorkspace(db, seedWorkspace(workspace, { now: Date.now() }), workspace, new Date().toISOString()), `已载入工作区“${WORKSPACES[workspace].company}”。`));
  };

  return (
    <div class="crm-data">
      <section aria-labelledby="crm-import-title">
        <h4 id="crm-import-title">导入 CSV</h4>
        <p class="crm-hint">支持 UTF-8 和 GBK（Excel 中文版保存的格式），逗号、分号或制表符分隔，中文或英文表头。先看预览：被拒绝的行会列出行号和原因，确认之前不会写入任何数据。</p>
        <fieldset class="crm-inline">
          <legend>文件内容</legend>
          {(['customers', 'orders'] as const).map((k) => <label key={k}><input type="radio" name={kindGroup} checked={kind === k} onChange={() => setKind(k)} />{KIND_LABEL[k]}</label>)}
        </fieldset>
        <div class="crm-form-grid">
          <div class="field">
            <label for="crm-import-file">选择 CSV 文件</label>
            <input id="crm-import-file" type="file" accept=".csv,.txt,text/csv" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) readFile(f); e.currentTarget.value = ''; }} />
          </div>
          <div class="field">
            <label for="crm-bundled">或者导入内置数据集</label>
            <select id="crm-bundled" value={bundled} onChange={(e) => setBundled(e.currentTarget.value)}>{BUNDLED.map((b) => <option key={b.file} value={b.file}>{b.label}</option>)}</select>
          </div>
        </div>
        <button type="button" class="btn" onClick={() => void readBundled()}>读取内置数据集</button>
        {reading && <p role="status">{reading}</p>}
        {plan && <ImportPreview plan={plan.plan} name={plan.name} headingRef={previewRef} onConfirm={confirm} onCancel={() => { setPlan(null); crm.say('已取消导入，没有写入任何数据。'); }} />}
      </section>

      <section aria-labelledby="crm-export-title">
        <h4 id="crm-export-title">导出与分析</h4>
        <div class="crm-toolbar">
          <button type="button" class="btn" onClick={exportCsv}>导出客户 CSV</button>
          <button type="button" class="btn" onClick={analyse} disabled={data.orders.length === 0}>RFM/ABC 分析并写入标签</button>
        </div>
        <p class="crm-muted">分析用的是第六章 RFM 计算器和 ABC 分析的同一套计算（5 档、八类客户；A 类累计 70%、B 类 90%），对象是这里的 {groupedNumber(data.orders.length)} 条订单。</p>
      </section>

      <section aria-labelledby="crm-backup-title">
        <h4 id="crm-backup-title">备份与工作区</h4>
        <div class="crm-toolbar">
          <button type="button" class="btn" onClick={backup}>导出 JSON 备份</button>
          <label class="btn crm-file-button">从备份恢复<input type="file" accept=".json,application/json" class="visually-hidden" aria-label="从 JSON 备份恢复" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) void restore(f); e.currentTarget.value = ''; }} /></label>
        </div>
        <div class="crm-form-grid">
          <div class="field">
            <label for="crm-workspace">案例工作区</label>
            <select id="crm-workspace" value={workspace} onChange={(e) => { setWorkspace(e.currentTarget.value as WorkspaceId); setConfirmReplace(false); }}>
              {(Object.keys(WORKSPACES) as WorkspaceId[]).map((w) => <option key={w} value={w}>{WORKSPACES[w].company}</option>)}
            </select>
            <small>{WORKSPACES[workspace].description}</small>
          </div>
        </div>
        {!confirmReplace ? (
          <button type="button" class="btn" onClick={() => setConfirmReplace(true)}>载入工作区（重置）</button>
        ) : (
          <div class="crm-confirm" role="group" aria-label="确认重置">
            <p><strong>载入会替换这台设备上练习版 CRM 的全部数据。</strong>需要保留的话，请先导出 JSON 备份。</p>
            <button type="button" class="btn primary" onClick={loadWorkspace}>确认替换为“{WORKSPACES[workspace].company}”</button>
            <button type="button" class="btn" onClick={() => setConfirmReplace(false)}>取消</button>
          </div>
        )}
      </section>
    </div>
  );
}

function ImportPreview({ plan, name, headingRef, onConfirm, onCancel }: { plan: ImportPlan; name: string; headingRef: { current: HTMLHeadingElement | null }; onConfirm: () => void; onCancel: () => void }) {
  const mapped = Object.entries(plan.mapping).filter(([, header]) => header !== null);
  const nothing = plan.customers.length === 0 && plan.orders.length === 0;
  return (
    <div class="crm-preview">
      <h5 tabIndex={-1} ref={headingRef}>导入预览：{name}（尚未写入）</h5>
      <p>编码 {plan.encoding === 'gb18030' ? 'GBK/GB18030' : plan.encoding.toUpperCase()}，{DELIMITERS[plan.delimiter] ?? plan.delimiter}分隔；读到 {plan.rowsRead} 行数据。
        将新增客户 <strong>{plan.customers.length}</strong> 位{plan.kind === 'orders' && <>、订单 <strong>{plan.orders.length}</strong> 条</>}；
        被拒绝 <strong>{plan.issueCount}</strong> 行{plan.existing.length > 0 && `；编号已存在、跳过 ${plan.existing.length} 行`}。</p>
      <p class="crm-muted">列的对应：{mapped.map(([field, header]) => `${FIELD_LABELS[field] ?? field} ← ${header}`).join('；')}</p>
      {plan.issueCount > 0 && (
        <div class="crm-table-wrap" tabIndex={0} role="region" aria-label="被拒绝的行">
          <table>
            <caption>被拒绝的行{plan.issueCount > plan.issues.length && `（前 ${plan.issues.length} 行，共 ${plan.issueCount} 行）`}</caption>
            <thead><tr><th scope="col">行号</th><th scope="col">列</th><th scope="col">原因</th></tr></thead>
            <tbody>{plan.issues.map((i) => <tr key={`${i.line}-${i.column}`}><td class="num">{i.line}</td><td>{i.column ?? '—'}</td><td>{i.message}</td></tr>)}</tbody>
          </table>
        </div>
      )}
      {plan.customers.length > 0 && (
        <div class="crm-table-wrap" tabIndex={0} role="region" aria-label="将新增的客户">
          <table>
            <caption>将新增的客户（前 {Math.min(8, plan.customers.length)} 位）</caption>
            <thead><tr><th scope="col">编号</th><th scope="col">名称</th><th scope="col">区域</th><th scope="col">行业</th></tr></thead>
            <tbody>{plan.customers.slice(0, 8).map((c) => <tr key={c.id}><td>{c.id}</td><td>{c.name}</td><td>{c.region}</td><td>{c.industry}</td></tr>)}</tbody>
          </table>
        </div>
      )}
      {plan.warnings.length > 0 && <ul class="crm-muted">{plan.warnings.map((w) => <li key={w}>{w}</li>)}</ul>}
      <div class="crm-toolbar">
        <button type="button" class="btn primary" onClick={onConfirm} disabled={nothing}>确认导入</button>
        <button type="button" class="btn" onClick={onCancel}>取消</button>
      </div>
    </div>
  );
}
