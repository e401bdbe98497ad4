import type { Metadata } from 'next';
import { MediaLibrary } from '@/components/media/media-library';

export const metadata: Metadata = { title: 'Media library' };

export default function MediaLibraryPage() {
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Media library</h1>
        <p className="mt-1 text-sm text-muted">Every image uploaded to the newsroom, newest first. Any article can use any of them.</p>
      </div>
      <MediaLibrary />
    </div>
  );
}
