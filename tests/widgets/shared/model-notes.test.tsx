// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelNotes } from '~/widgets/shared/ModelNotes';

afterEach(cleanup);

const MODEL = '# 标题\n\n第一段，**加粗**和 `code`。\n\n## 小标题\n\n- 一\n- 二\n';

// Opening or closing fires `toggle` (happy-dom as browsers); a second event while loading must not load twice.
const open = (details: HTMLDetailsElement) => {
  details.open = true;
  fireEvent(details, new Event('toggle'));
};

describe('ModelNotes', () => {
  it('loads MODEL.md only when opened, then shows its paragraphs, headings and lists (not the file’s title)', async () => {
    const load = vi.fn(() => Promise.resolve({ default: MODEL }));
    const { container } = render(<ModelNotes load={load} />);
    expect(load).not.toHaveBeenCalled();
    // Closed, it holds no status line: the weight measure and the e2e take one for a widget still at work.
    expect(screen.queryByRole('status')).toBeNull();
    open(container.querySelector('details')!);
    expect(await screen.findByRole('heading', { name: '小标题' })).toBeTruthy();
    expect(screen.getByText('加粗').tagName).toBe('STRONG');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['一', '二']);
    expect(screen.queryByText('标题')).toBeNull();
    open(container.querySelector('details')!);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says so when the notes could not be loaded, and tries again when reopened', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ default: '第一段。' });
    const { container } = render(<ModelNotes load={load} />);
    const details = container.querySelector('details')!;
    open(details);
    expect((await screen.findByRole('alert')).textContent).toContain('没有加载成功');
    details.open = false;
    open(details);
    expect(await screen.findByText('第一段。')).toBeTruthy();
  });
});
