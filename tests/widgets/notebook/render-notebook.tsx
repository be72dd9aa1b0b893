import { render } from '@testing-library/preact';
import { render as renderInto, type ComponentProps } from 'preact';
import Notebook from '~/widgets/notebook/Notebook';
import { ChapterRoots } from '~/widgets/notebook/NotebookChapter';

/**
 * The notebook as its page renders it: the chapters' markup inside (answer boxes empty, as the server writes them),
 * which the notebook then hydrates one chapter per task.
 */
export function renderNotebook(props: Omit<ComponentProps<typeof Notebook>, 'children'>) {
  const server = document.createElement('div');
  renderInto(<ChapterRoots chapters={props.chapters} />, server);
  const markup = server.innerHTML;
  renderInto(null, server);
  return render(
    <Notebook {...props}>
      <div dangerouslySetInnerHTML={{ __html: markup }} />
    </Notebook>,
  );
}
