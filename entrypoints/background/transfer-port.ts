import { describeIssue } from '@/utils/describe-issue';
import { messageOf } from '@/utils/errors';
import { exportFileName } from '@/utils/shortlist/portability/export';
import type { ExportSettings } from '@/utils/shortlist/portability/export-format';
import { streamExport } from '@/utils/shortlist/portability/export-stream';
import type { ImportSummary } from '@/utils/shortlist/portability/import';
import type { Transfers } from '@/utils/shortlist/portability/transfer';
import {
  type ChannelLike,
  EXPORT_PORT,
  IMPORT_PORT,
  type ImportProgress,
  importPortRequestSchema,
  type OpenChannel,
  type PortLike,
  transferOfPort,
} from '@/utils/shortlist/portability/transfer-port';
import type { Database } from '@/utils/shortlist/store/db';

export interface PortDeps {
  db: () => Promise<Database>;
  settings: () => Promise<ExportSettings>;
  transfers: Transfers;
  /** a preview or a commit of an upload, through the same handler as the messages */
  check(
    upload: string,
    commit: boolean,
    progress: (p: ImportProgress) => void,
  ): Promise<ImportSummary>;
  now?: () => Date;
  /** the BroadcastChannel a page may ask for (see transferOfPort) */
  openChannel?: OpenChannel;
}

const broadcastChannel: OpenChannel = (name) => new BroadcastChannel(name);

/** the export, read and sent part by part as it goes; stops when the page goes away */
async function serveExport(
  port: PortLike,
  deps: PortDeps,
  channel: ChannelLike | null,
): Promise<void> {
  const { post, isOpen } = guarded(port, channel);
  let index = 0;
  try {
    const now = deps.now?.() ?? new Date();
    const made = await streamExport(
      await deps.db(),
      await deps.settings(),
      (text, progress) => {
        if (!post({ type: 'part', index, text, ...progress }))
          throw new Error('the page closed the export');
        index += 1;
      },
      { now },
    );
    post({ type: 'end', fileName: exportFileName(now, 'json'), ...made });
  } catch (error) {
    if (isOpen()) post({ type: 'error', message: messageOf(error) });
  } finally {
    // what was posted is already on its way: closing stops nothing
    channel?.close();
  }
}

/**
 * a port that may go away under us: posting to a closed one (the page left, or our side
 * disconnected it, which fires no onDisconnect here) is a no-op that says false, never a throw.
 * With a channel, messages go on it, and only while the port is open
 */
function guarded(port: PortLike, channel: ChannelLike | null) {
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
    channel?.close();
  });
  const post = (message: unknown): boolean => {
    if (!open) return false;
    try {
      if (channel) channel.postMessage(message);
      else port.postMessage(message);
      return true;
    } catch {
      open = false;
      return false;
    }
  };
  return { post, isOpen: () => open, close: () => (open = false) };
}

/** an upload without a round trip a part, then its preview or commit with progress */
function serveImport(port: PortLike, deps: PortDeps, channel: ChannelLike | null): void {
  const { post, close } = guarded(port, channel);
  let token: string | null = null;
  const receive = (raw: unknown) => {
    const parsed = importPortRequestSchema.safeParse(raw);
    if (!parsed.success) {
      post({
        type: 'error',
        message: `rejected: malformed message (${describeIssue(parsed.error)})`,
      });
      if (token) deps.transfers.release(token);
      port.disconnect();
      close();
      channel?.close();
      return;
    }
    const request = parsed.data;
    try {
      if (request.type === 'begin') {
        if (token) deps.transfers.release(token);
        token = deps.transfers.receive(request.parts);
        post({ type: 'received', token, received: 0, parts: request.parts });
      } else if (request.type === 'part') {
        if (!token) throw new Error('A part came before the upload began.');
        post({
          type: 'received',
          token,
          ...deps.transfers.put(token, request.index, request.text),
        });
      } else {
        const progress = (p: ImportProgress) => post({ type: 'progress', ...p });
        deps.check(request.upload, request.commit, progress).then(
          (summary) => post({ type: 'summary', commit: request.commit, summary }),
          (error: unknown) => post({ type: 'error', message: messageOf(error) }),
        );
      }
    } catch (error) {
      post({ type: 'error', message: messageOf(error) });
    }
  };
  port.onMessage.addListener(receive);
  if (!channel) return;
  channel.onmessage = (event) => receive(event.data);
  channel.onmessageerror = () => receive(undefined);
}

/** why this sender may not open a transfer port (only our own pages may), or null */
export function portSenderProblem(
  sender: { id?: string; url?: string } | undefined,
  extensionId: string,
  extensionOrigin: string,
): string | null {
  if (sender?.id !== extensionId) return `sender is not this extension (${sender?.id ?? 'no id'})`;
  if (!sender.url?.startsWith(extensionOrigin)) return 'only MentorLens pages may transfer files';
  return null;
}

/** answers the dashboard's export and import ports; any other port is not ours to answer */
export function servePort(port: PortLike, deps: PortDeps): boolean {
  const transfer = transferOfPort(port.name);
  if (!transfer) return false;
  const channel = transfer.channel
    ? (deps.openChannel ?? broadcastChannel)(transfer.channel)
    : null;
  if (transfer.port === EXPORT_PORT) void serveExport(port, deps, channel);
  else if (transfer.port === IMPORT_PORT) serveImport(port, deps, channel);
  return true;
}
