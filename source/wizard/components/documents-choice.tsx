/**
 * The finish's last screen: the documents written only on request (the record of processing
 * activities, the short notices, and each such document the registry gains), to tick beside those written anyway.
 * Enter on the first line writes the files; Esc goes back to the review.
 */
import { Box, Text } from 'ink';
import { DOCUMENT_OPTIONS, DOCUMENTS, type DocumentOption } from '../../core/render/documents.js';
import { joinList } from '../../core/view/format.js';
import { useWizard } from '../context.js';
import type { Translate } from '../strings.js';
import { FilterList, SPECIAL } from './filter-list.js';
import { Paragraph } from './paragraph.js';

type Spec = (typeof DOCUMENTS)[number];
type OnRequest = Extract<Spec, { byDefault: false }>['option'];
type ByDefault = Extract<Spec, { byDefault: true }>['option'];

export const ON_REQUEST = DOCUMENTS.filter((d) => !d.byDefault).map((d) => d.option) as OnRequest[];
const isOnRequest = (option: DocumentOption): option is OnRequest => (ON_REQUEST as DocumentOption[]).includes(option);

/** Typed by the registry: a document registered without its name here does not compile. */
const names = (t: Translate): { listed: Record<OnRequest, string>; written: Record<ByDefault, string> } => ({
  listed: { record: t('documentRecord'), short: t('documentShort'), cookies: t('documentCookies') },
  written: { notice: t('documentNotice'), retention: t('documentRetention') },
});

const WRITE = `${SPECIAL}write`;

interface Props {
  /** What --documents asked for: its on-request documents come ticked, its others are written anyway. */
  documents: readonly DocumentOption[];
  onSubmit: (documents: DocumentOption[]) => void;
  onBack: () => void;
}

export function DocumentsChoice({ documents, onSubmit, onBack }: Props) {
  const { t, uiLang } = useWizard();
  const { listed, written } = names(t);
  const anyway = documents.filter((option): option is ByDefault => !isOnRequest(option));
  const options = [{ value: WRITE, label: t('documentsWrite') }, ...ON_REQUEST.map((option) => ({ value: option, label: listed[option] }))];
  return (
    <Box flexDirection="column">
      <Text bold>{t('documentsTitle')}</Text>
      {anyway.length > 0 && (
        <Paragraph>
          {t('documentsAnyway', {
            documents: joinList(
              anyway.map((option) => written[option]),
              uiLang,
            ),
          })}
        </Paragraph>
      )}
      <Paragraph dimColor>{t('documentsHow')}</Paragraph>
      <FilterList
        options={options}
        multi
        filterable={false}
        initial={documents.filter(isOnRequest)}
        onSubmit={(_, ticked) =>
          onSubmit(DOCUMENT_OPTIONS.filter((option) => anyway.includes(option as ByDefault) || ticked.includes(option)))
        }
        onBack={onBack}
      />
    </Box>
  );
}
