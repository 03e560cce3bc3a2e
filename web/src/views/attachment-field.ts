import { ApiError, type Api } from '../api.js';
import { h, icon, uid } from '../dom.js';

export interface Attachment {
  file: File;
  upload: Promise<string>;
  element: HTMLElement;
}

const ACCEPT = '.png,.jpg,.jpeg,.webp,.mp4,.webm,.mp3,.wav,.pdf,.txt,.md,.docx,image/*,video/*,audio/*,application/pdf,text/plain,text/markdown';

/**
 * Attachments: dropped or picked files upload straight away (POST /v3/assets), then go by asset_id. Returns the
 * live list (a removed chip leaves it), the chips and the drop zone.
 */
export function attachmentField(api: Api): { attachments: Attachment[]; chips: HTMLElement; dropZone: HTMLElement } {
  const attachments: Attachment[] = [];
  const chips = h('ul', { class: 'chips', 'aria-label': 'Attached files' });
  const fileInputId = uid('files');
  const fileInput = h('input', { id: fileInputId, type: 'file', multiple: true, accept: ACCEPT, class: 'visually-hidden' });
  const addFiles = (files: Iterable<File>) => {
    for (const file of files) {
      const status = h('span', { class: 'chip-status' }, 'uploading…');
      const remove = h('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove ${file.name}` }, icon('close'));
      const element = h('li', { class: 'chip is-uploading' }, icon('file'), h('span', { class: 'chip-name' }, file.name), status, remove);
      const upload = api.uploadAsset(file).then(
        (asset) => {
          element.classList.remove('is-uploading');
          status.textContent = `${Math.max(1, Math.round(asset.size_bytes / 1024))} KB`;
          return asset.asset_id;
        },
        (error: unknown) => {
          element.classList.remove('is-uploading');
          element.classList.add('is-failed');
          status.textContent = error instanceof ApiError ? error.message : 'upload failed';
          throw error;
        },
      );
      // Handled when the form is sent; a failure is shown on the chip meanwhile.
      upload.catch(() => undefined);
      const attachment = { file, upload, element };
      remove.addEventListener('click', () => {
        attachments.splice(attachments.indexOf(attachment), 1);
        element.remove();
        dropZone.focus();
      });
      attachments.push(attachment);
      chips.append(element);
    }
  };
  fileInput.addEventListener('change', () => {
    addFiles(Array.from(fileInput.files ?? []));
    fileInput.value = '';
  });
  const dropZone = h(
    'div',
    { class: 'drop-zone', tabIndex: -1 },
    icon('upload'),
    h('span', null, 'Drop documents, images, video or audio here, or '),
    h('label', { for: fileInputId, class: 'link-button', tabIndex: 0, role: 'button', onkeydown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        fileInput.click();
      }
    } }, 'choose files'),
    fileInput,
  );
  for (const type of ['dragenter', 'dragover']) {
    dropZone.addEventListener(type, (event) => {
      event.preventDefault();
      dropZone.classList.add('is-over');
    });
  }
  for (const type of ['dragleave', 'drop']) dropZone.addEventListener(type, () => dropZone.classList.remove('is-over'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    addFiles(Array.from((event as DragEvent).dataTransfer?.files ?? []));
  });
  return { attachments, chips, dropZone };
}
