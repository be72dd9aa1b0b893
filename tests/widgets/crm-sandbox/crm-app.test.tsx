// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CRM_DATABASE_NAME } from '~/crm/database';
import CrmSandbox from '~/widgets/crm-sandbox/CrmSandbox';

afterEach(async () => {
  cleanup();
  await new Promise<void>((done) => {
    const request = indexedDB.deleteDatabase(CRM_DATABASE_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => done();
  });
});

const ready = async () => screen.findByRole('tablist', { name: '练习版 CRM 的功能' });

describe('the practice CRM, rendered', () => {
  it('opens the task’s workspace on a first visit, shows the task, and creates a customer that is masked and audited', async () => {
    history.replaceState(null, '', '/crm/?task=customer-records');
    render(<CrmSandbox />);
    await ready();
    expect(screen.getByText('实训任务：客户信息档案：建档与隐私')).toBeTruthy();
    expect(screen.getByRole('tab', { name: '客户（127）' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '新建客户' }));
    fireEvent.click(screen.getByRole('button', { name: '保存客户' }));
    expect((await screen.findAllByRole('alert')).some((a) => a.textContent?.includes('请填写客户名称'))).toBe(true);
    fireEvent.input(screen.getByLabelText('姓名（必填）'), { target: { value: '钱多多' } });
    fireEvent.input(screen.getByLabelText('手机号'), { target: { value: '13712345678' } });
    fireEvent.click(screen.getByRole('button', { name: '保存客户' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: '客户（128）' })).toBeTruthy());
    const file = screen.getByRole('heading', { name: /钱多多/ }).closest('article')!;
    expect(within(file as HTMLElement).getByLabelText('手机号（已脱敏）').textContent).toBe('137****5678');
    await waitFor(() => expect(file.querySelector('.crm-audit')?.textContent).toContain('新建'));
  });

  it('keeps the data across a remount (the database, not the component, holds it)', async () => {
    history.replaceState(null, '', '/crm/');
    const first = render(<CrmSandbox />);
    // Without a task the CRM's code loads only when the learner reaches for it.
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByRole('tablist')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '打开练习版 CRM' }));
    await ready();
    fireEvent.click(screen.getByRole('tab', { name: '数据' }));
    fireEvent.change(await screen.findByLabelText('案例工作区'), { target: { value: 'logistics' } });
    fireEvent.click(screen.getByRole('button', { name: '载入工作区（重置）' }));
    fireEvent.click(screen.getByRole('button', { name: '确认替换为“迅达物流”' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: '客户（42）' })).toBeTruthy());
    first.unmount();
    render(<CrmSandbox />);
    fireEvent.focusIn(screen.getByRole('button', { name: '打开练习版 CRM' }));
    await ready();
    expect(screen.getByRole('tab', { name: '客户（42）' })).toBeTruthy();
  });

  it('saves a view of the list (filters and search) and brings it back', async () => {
    history.replaceState(null, '', '/crm/?task=logistics-revisits');
    render(<CrmSandbox />);
    await ready();
    const status = () => screen.getByRole('navigation', { name: '客户名单翻页' }).textContent ?? '';
    expect(status()).toContain('共 42 位客户');
    fireEvent.change(screen.getByLabelText('区域'), { target: { value: '华东' } });
    const east = status().match(/共 (\d+) 位客户/)![1];
    expect(Number(east)).toBeLessThan(42);
    fireEvent.input(screen.getByLabelText('把当前筛选保存为视图'), { target: { value: '华东客户' } });
    fireEvent.click(screen.getByRole('button', { name: '保存视图' }));
    await waitFor(() => expect(screen.getByRole('option', { name: '华东客户' })).toBeTruthy());
    const views = screen.getByLabelText('已保存的视图');
    fireEvent.change(views, { target: { value: '' } });
    expect(status()).toContain('共 42 位客户');
    fireEvent.change(views, { target: { value: (screen.getByRole('option', { name: '华东客户' }) as HTMLOptionElement).value } });
    expect(status()).toContain(`共 ${east} 位客户`);
  });
});
