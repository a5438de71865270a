import type { Download } from '../../lib/cloudformation';
import { nameStartingWith } from '../ui/accessible-name';
import { CopyButton } from '../ui/CopyButton';

/** A file the panel offers, as a link the browser saves under its name (no server, no permission). */
export function DownloadLink({ file, children }: { file: Download; children?: React.ReactNode }) {
  return (
    <a
      className="button link"
      data-finops-action="download"
      aria-label={nameStartingWith(children ?? file.fileName, `Download ${file.label} as ${file.fileName}`)}
      download={file.fileName}
      href={`data:${file.mediaType};charset=utf-8,${encodeURIComponent(file.text)}`}
    >
      {children ?? file.fileName}
    </a>
  );
}

/** Download and copy, side by side, for one file, its name beside them. */
export function FileRow({ file, copyLabel, downloadText }: { file: Download; copyLabel: string; downloadText: string }) {
  return (
    <div className="row" style={{ gap: 4 }}>
      <DownloadLink file={file}>{downloadText}</DownloadLink>
      <CopyButton text={file.text} label={`Copy ${file.label}`}>
        {copyLabel}
      </CopyButton>
      <span className="secondary mono">{file.fileName}</span>
    </div>
  );
}
