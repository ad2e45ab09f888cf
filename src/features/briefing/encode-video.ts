/**
 * Encodes canvases as a WebM video through the browser's WebCodecs, with mediabunny as the
 * muxer. Loaded on the first video export only: most sessions never make one.
 */
import {
  BufferTarget,
  CanvasSource,
  getFirstEncodableVideoCodec,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
} from 'mediabunny';
import { ExportFailure } from './export-failure';

export interface VideoEncoder {
  /** Adds one frame, shown for `seconds`; frames of another size are letterboxed into the first's. */
  add(frame: HTMLCanvasElement, seconds: number): Promise<void>;
  finish(): Promise<Blob>;
  cancel(): Promise<void>;
}

/** Null when this browser cannot encode any WebM codec (no WebCodecs, or an insecure page). */
export async function startWebm(): Promise<VideoEncoder | null> {
  if (typeof VideoEncoder === 'undefined') return null;
  let canvas: HTMLCanvasElement | null = null;
  let ctx: CanvasRenderingContext2D | null = null;
  let output: Output<WebMOutputFormat, BufferTarget> | null = null;
  let source: CanvasSource | null = null;
  let time = 0;
  return {
    async add(frame, seconds) {
      if (!canvas) {
        canvas = document.createElement('canvas');
        // Encoders want even dimensions.
        canvas.width = frame.width + (frame.width % 2);
        canvas.height = frame.height + (frame.height % 2);
        ctx = canvas.getContext('2d');
        const codec = await getFirstEncodableVideoCodec(['vp9', 'vp8', 'av1'], {
          width: canvas.width,
          height: canvas.height,
        });
        if (!codec) throw new ExportFailure('briefing.noVideoCodec');
        output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
        source = new CanvasSource(canvas, { codec, quality: QUALITY_HIGH, keyFrameInterval: 2 });
        output.addVideoTrack(source);
        await output.start();
      }
      ctx!.fillStyle = '#ffffff';
      ctx!.fillRect(0, 0, canvas.width, canvas.height);
      const k = Math.min(canvas.width / frame.width, canvas.height / frame.height);
      ctx!.drawImage(frame, 0, 0, frame.width * k, frame.height * k);
      await source!.add(time, seconds);
      time += seconds;
    },
    async finish() {
      if (!output) throw new ExportFailure('briefing.noFrames');
      await output.finalize();
      return new Blob([output.target.buffer!], { type: 'video/webm' });
    },
    async cancel() {
      if (output && output.state !== 'finalized') await output.cancel();
    },
  };
}
