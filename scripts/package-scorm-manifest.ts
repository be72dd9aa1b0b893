// The package's imsmanifest.xml (SCORM 1.2, IMS Content Packaging 1.1.2 with ADL's adlcp extensions): the course
// as one organization with one item per chapter, each launching its chapter page as a SCO, and every file of the
// site as one shared asset the SCOs depend on. Pure: the chapters and file list in, the XML out.

export interface ScormChapter {
  /** The chapter's slug (`06-customer-tiering`): its page is `chapters/<slug>/index.html`. */
  readonly slug: string;
  /** What the platform lists, e.g. `第六章 客户分级`. */
  readonly title: string;
}

export interface ManifestInput {
  readonly title: string;
  readonly chapters: readonly ScormChapter[];
  /** Every file in the package but the manifest, as paths inside it (`chapters/x/index.html`). */
  readonly files: readonly string[];
  /** `adlcp:masteryscore`, the site's pass mark: the platform's passed/failed agrees with the page's. */
  readonly masteryScore: number;
}

export const MANIFEST_ID = 'crm-lab-scorm12';
const ORGANIZATION_ID = 'crm-lab';
const SHARED_ID = 'site-files';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page that launches a chapter, inside the package. */
export const chapterPage = (slug: string) => `chapters/${slug}/index.html`;

/**
 * imsmanifest.xml. `adlcp:datafromlms` (the platform's `cmi.launch_data`) names the chapter, so the page knows
 * which chapter the platform launched even after the learner follows a link to another page.
 */
export function scormManifest({ title, chapters, files, masteryScore }: ManifestInput): string {
  const items = chapters.map(
    ({ slug, title: chapterTitle }) => `      <item identifier="item-${slug}" identifierref="sco-${slug}" isvisible="true">
        <title>${escapeXml(chapterTitle)}</title>
        <adlcp:datafromlms>${escapeXml(slug)}</adlcp:datafromlms>
        <adlcp:masteryscore>${masteryScore}</adlcp:masteryscore>
      </item>`,
  );
  const scos = chapters.map(
    ({ slug }) => `    <resource identifier="sco-${slug}" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(chapterPage(slug))}">
      <file href="${escapeXml(chapterPage(slug))}"/>
      <dependency identifierref="${SHARED_ID}"/>
    </resource>`,
  );
  const shared = files.map((file) => `      <file href="${escapeXml(file)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${MANIFEST_ID}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${ORGANIZATION_ID}">
    <organization identifier="${ORGANIZATION_ID}">
      <title>${escapeXml(title)}</title>
${items.join('\n')}
    </organization>
  </organizations>
  <resources>
${scos.join('\n')}
    <resource identifier="${SHARED_ID}" type="webcontent" adlcp:scormtype="asset">
${shared.join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
