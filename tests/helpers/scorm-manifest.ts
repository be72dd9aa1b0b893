// What SCORM 1.2's schemas (imscp_rootv1p1p2.xsd, adlcp_rootv1p2.xsd) require of imsmanifest.xml, checked with an
// XML parser: the problems found, one line each (none for a good manifest).
import { DOMParser, type Element } from '@xmldom/xmldom';

const IMSCP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
/** xs:ID: an XML name without a colon. */
const XML_ID = /^[A-Za-z_][\w.-]*$/;

const children = (parent: Element, name: string): Element[] =>
  Array.from(parent.childNodes).filter((node): node is Element => node.nodeType === 1 && (node as Element).namespaceURI === IMSCP && (node as Element).localName === name);

const text = (element: Element | undefined) => element?.textContent?.trim() ?? '';

export interface ManifestSummary {
  readonly problems: string[];
  /** The SCOs' launch pages, in the organization's order. */
  readonly launches: string[];
  /** The items' titles and launch data, in order. */
  readonly items: { title: string; launchData: string; masteryScore: string }[];
}

/** Checks a SCORM 1.2 manifest; `hasFile` says whether a path is in the package. */
export function checkScorm12Manifest(xml: string, hasFile: (path: string) => boolean): ManifestSummary {
  const problems: string[] = [];
  const errors: string[] = [];
  let manifest: Element | null = null;
  try {
    manifest = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(xml, 'text/xml').documentElement;
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  if (errors.length > 0 || !manifest) return { problems: errors.map((m) => `not well-formed: ${m}`), launches: [], items: [] };
  if (manifest.localName !== 'manifest' || manifest.namespaceURI !== IMSCP) problems.push('the root is not <manifest> in the IMS CP 1.1.2 namespace');
  const ids = new Set<string>();
  const identify = (element: Element, what: string) => {
    const id = element.getAttribute('identifier') ?? '';
    if (!XML_ID.test(id)) problems.push(`${what} has no valid identifier: "${id}"`);
    if (ids.has(id)) problems.push(`identifier "${id}" is used twice`);
    ids.add(id);
    return id;
  };
  identify(manifest, 'manifest');

  const metadata = children(manifest, 'metadata')[0];
  if (text(metadata && children(metadata, 'schema')[0]) !== 'ADL SCORM') problems.push('metadata/schema is not "ADL SCORM"');
  if (text(metadata && children(metadata, 'schemaversion')[0]) !== '1.2') problems.push('metadata/schemaversion is not "1.2"');

  const resources = new Map<string, Element>();
  const resourcesElement = children(manifest, 'resources')[0];
  if (!resourcesElement) problems.push('no <resources>');
  for (const resource of resourcesElement ? children(resourcesElement, 'resource') : []) {
    const id = identify(resource, 'a resource');
    resources.set(id, resource);
    if (!resource.getAttribute('type')) problems.push(`resource ${id} has no type`);
    const scormType = resource.getAttributeNS(ADLCP, 'scormtype');
    if (scormType !== 'sco' && scormType !== 'asset') problems.push(`resource ${id} has adlcp:scormtype "${scormType}"`);
    const href = resource.getAttribute('href');
    if (scormType === 'sco' && !href) problems.push(`SCO ${id} has no href`);
    if (href && !hasFile(href)) problems.push(`resource ${id} launches ${href}, which is not in the package`);
    for (const file of children(resource, 'file')) if (!hasFile(file.getAttribute('href') ?? '')) problems.push(`resource ${id} lists ${file.getAttribute('href')}, which is not in the package`);
    for (const dependency of children(resource, 'dependency')) if (!dependency.getAttribute('identifierref')) problems.push(`resource ${id} has a dependency without identifierref`);
  }
  for (const resource of resources.values()) {
    for (const dependency of children(resource, 'dependency')) {
      if (!resources.has(dependency.getAttribute('identifierref') ?? '')) problems.push(`a dependency names no resource: ${dependency.getAttribute('identifierref')}`);
    }
  }

  const organizations = children(manifest, 'organizations')[0];
  const organizationList = organizations ? children(organizations, 'organization') : [];
  if (!organizations) problems.push('no <organizations>');
  for (const organization of organizationList) identify(organization, 'an organization');
  const preferred = organizations?.getAttribute('default') ?? '';
  const organization = organizationList.find((o) => o.getAttribute('identifier') === preferred);
  if (!organization) problems.push(`organizations/@default "${preferred}" names no organization`);
  if (organization && !text(children(organization, 'title')[0])) problems.push('the organization has no title');

  const launches: string[] = [];
  const items: ManifestSummary['items'] = [];
  const adlcp = (item: Element, name: string) => text(Array.from(item.getElementsByTagNameNS(ADLCP, name)).find((e) => e.parentNode === item));
  for (const item of organization ? Array.from(organization.getElementsByTagNameNS(IMSCP, 'item')) : []) {
    const id = identify(item, 'an item');
    const title = text(children(item, 'title')[0]);
    if (!title) problems.push(`item ${id} has no title`);
    const ref = item.getAttribute('identifierref');
    if (!ref) continue;
    const resource = resources.get(ref);
    if (!resource) problems.push(`item ${id} names no resource: ${ref}`);
    else if (resource.getAttributeNS(ADLCP, 'scormtype') === 'sco') launches.push(resource.getAttribute('href') ?? '');
    const masteryScore = adlcp(item, 'masteryscore');
    if (masteryScore !== '' && !(Number(masteryScore) >= 0 && Number(masteryScore) <= 100)) problems.push(`item ${id} has adlcp:masteryscore "${masteryScore}"`);
    const launchData = adlcp(item, 'datafromlms');
    if (launchData.length > 4096) problems.push(`item ${id} has adlcp:datafromlms over 4,096 characters`);
    items.push({ title, launchData, masteryScore });
  }
  return { problems, launches, items };
}
