// Reads an equipment QR tag with the camera: the browser's BarcodeDetector where it has one,
// else jsQR on frames drawn to a canvas (loaded only when needed). Everything runs on the phone.
import { equipmentIdOf } from './tag.js';

const FRAME_INTERVAL_MS = 150;

/**
 * Starts the camera in a video element and resolves with the first equipment id read; stop()
 * ends it early. Rejects with code NO_CAMERA when there is no usable camera.
 */
export function startScanner(video) {
  let stopped = false;
  let stream = null;
  const stop = () => {
    stopped = true;
    stream?.getTracks().forEach((track) => track.stop());
    video.srcObject = null;
  };
  const result = (async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      throw Object.assign(new Error('no camera'), { code: 'NO_CAMERA' });
    }
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment', width: { ideal: 1280 } },
        audio: false,
      });
    } catch (error) {
      throw Object.assign(new Error(error.message), { code: 'NO_CAMERA' });
    }
    if (stopped) {
      stop();
      return null;
    }
    video.srcObject = stream;
    await video.play();
    const read = await reader();
    while (!stopped) {
      const id = await read(video);
      if (id) {
        stop();
        return id;
      }
      await new Promise((resolve) => setTimeout(resolve, FRAME_INTERVAL_MS));
    }
    return null;
  })();
  return { result, stop };
}

async function reader() {
  if ('BarcodeDetector' in globalThis) {
    try {
      const formats = await BarcodeDetector.getSupportedFormats();
      if (formats.includes('qr_code')) {
        const detector = new BarcodeDetector({ formats: ['qr_code'] });
        return async (video) => {
          const codes = await detector.detect(video);
          return codes.map((code) => equipmentIdOf(code.rawValue)).find(Boolean) ?? null;
        };
      }
    } catch {
      // fall through to jsQR
    }
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (video.readyState < 2 || !video.videoWidth) {
      return null;
    }
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    context.drawImage(video, 0, 0);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
    return code ? equipmentIdOf(code.data) : null;
  };
}
