import type { Ctx } from 'datocms-plugin-sdk';
import type { LinkingRecord } from '../../core/preflight/preflight';
import { moreLine, noteText, PREFLIGHT_TEXT, recordDetail, recordLabel } from '../../core/preflight/preflightMessages';
import { recordEditorPath } from '../../core/shared/recordPath';
import { Callout } from '../../ui/Callout';
import styles from '../../ui/common.module.css';
import type { LinkBlock } from './checkLinks';

type Props = {
  block: LinkBlock;
  ctx: Pick<Ctx, 'environment' | 'isEnvironmentPrimary' | 'navigateTo' | 'ui'>;
};

/** Shown instead of the confirmation when DatoCMS would refuse: the records to unlink or unpublish first. */
export function LinkedRecords({ block, ctx }: Props) {
  const open = (record: LinkingRecord) => void ctx.navigateTo(recordEditorPath(ctx, record.modelId, record.id));
  const blocking = block.preflight.groups.find((g) => g.effect === 'blocks');
  if (!blocking) return null;
  return (
    <section aria-label="Records that link here" data-testid="linked-records" className={styles.section}>
      <Callout tone="warning" title={PREFLIGHT_TEXT.blockedTitle}>
        {PREFLIGHT_TEXT.blockedIntro}
        <ul className={styles.list}>
          {blocking.named.map((record) => (
            <li key={record.id} data-record={record.id}>
              {/* Titles are text: React escapes them, whatever they contain. */}
              <button type="button" className={styles.link} onClick={() => open(record)}>
                {recordLabel(record)}
              </button>
              : {recordDetail(record, ctx.ui.locale)}
            </li>
          ))}
        </ul>
        {blocking.more > 0 && <p>{moreLine(blocking.more)}</p>}
        {block.preflight.notes.map((note) => (
          <p key={note}>{noteText(note)}</p>
        ))}
      </Callout>
    </section>
  );
}
