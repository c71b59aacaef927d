// The content packs (signal list, instruments, guidance). They change only
// with a new Baken version, so they are fetched once per session.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/http';
import type { Guidance, Instruments, SignalList } from '../../../../../server/src/platform/content/content';

interface Packs {
  signalList: SignalList;
  instruments: Instruments;
  guidance: Guidance;
}

export function useContentPack<K extends keyof Packs>(pack: K) {
  return useQuery<Packs[K]>({ queryKey: ['content', pack], queryFn: () => api.get(`/api/content/${pack}`), staleTime: Infinity });
}
