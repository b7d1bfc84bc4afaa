using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace CsEtiquette.Segmentation;

/// <summary>
/// The jieba 0.42.1 algorithms over one block of <c>re_han_default</c> characters: the prefix-dictionary DAG,
/// the maximum-probability route (<c>calc</c>), <c>__cut_DAG</c> / <c>__cut_DAG_NO_HMM</c>, and finalseg's HMM
/// cut. Output is a list of token end offsets; tokens of a block are contiguous. Every floating-point operation
/// happens in jieba's order so routes and Viterbi scores are bit-identical to CPython's.
/// </summary>
internal static class SegmentationEngine
{
    /// <summary>
    /// Segments <paramref name="block"/> (all characters in <c>re_han_default</c>) in accurate mode and writes the
    /// end offset (block offset + <paramref name="offset"/>) of each token to <c>buffers.Ends</c>.
    /// </summary>
    /// <returns>The number of tokens written.</returns>
    internal static int CutBlock(LexiconData lexicon, ReadOnlySpan<char> block, int offset, bool hmm, ref SegmentBuffers buffers)
    {
        int n = block.Length;
        buffers.EnsureBlock(n);
        double[] routeProb = buffers.RouteProb;
        int[] routeEnd = buffers.RouteEnd;
        if (lexicon.HasOverlay)
        {
            CalcRouteWithOverlay(lexicon, block, routeProb, routeEnd);
        }
        else
        {
            CalcRoute(lexicon, block, routeProb, routeEnd);
        }

        int[] ends = buffers.Ends;
        int count = 0;
        int x = 0;
        int bufStart = -1;
        if (hmm)
        {
            while (x < n)
            {
                int y = routeEnd[x] + 1;
                if (y - x == 1)
                {
                    if (bufStart < 0)
                    {
                        bufStart = x;
                    }
                }
                else
                {
                    if (bufStart >= 0)
                    {
                        count = FlushSingles(lexicon, block, bufStart, x, offset, ref buffers, count);
                        bufStart = -1;
                    }

                    ends[count++] = offset + y;
                }

                x = y;
            }

            if (bufStart >= 0)
            {
                count = FlushSingles(lexicon, block, bufStart, n, offset, ref buffers, count);
            }
        }
        else
        {
            while (x < n)
            {
                int y = routeEnd[x] + 1;
                if (y - x == 1 && CharClass.IsAsciiAlphanumeric(block[x]))
                {
                    if (bufStart < 0)
                    {
                        bufStart = x;
                    }
                }
                else
                {
                    if (bufStart >= 0)
                    {
                        ends[count++] = offset + x;
                        bufStart = -1;
                    }

                    ends[count++] = offset + y;
                }

                x = y;
            }

            if (bufStart >= 0)
            {
                ends[count++] = offset + n;
            }
        }

        return count;
    }

    /// <summary>
    /// jieba's <c>calc</c> over the DAG, walking the trie from each position (the DAG is never materialised):
    /// <c>route[i] = max((log(freq or 1) - logtotal + route[x + 1][0], x) for x in DAG[i])</c>, ties to the larger x.
    /// </summary>
    private static void CalcRoute(LexiconData lexicon, ReadOnlySpan<char> block, double[] routeProb, int[] routeEnd)
    {
        PrefixTrie trie = lexicon.Trie;
        int[] freq = trie.Frequencies;
        double[] logFreq = trie.LogFrequencies;
        double logTotal = lexicon.LogTotal;
        int n = block.Length;
        routeProb[n] = 0;
        routeEnd[n] = 0;
        for (int idx = n - 1; idx >= 0; idx--)
        {
            double best = 0;
            int bestEnd = -1;
            int node = trie.RootChild(block[idx]);
            int i = idx;
            while (node != 0)
            {
                if (freq[node] > 0)
                {
                    double v = logFreq[node] - logTotal + routeProb[i + 1];
                    if (bestEnd < 0 || v >= best)
                    {
                        best = v;
                        bestEnd = i;
                    }
                }

                if (++i >= n)
                {
                    break;
                }

                node = trie.Child(node, block[i]);
            }

            if (bestEnd < 0)
            {
                // DAG[idx] == [idx] and FREQ.get(char) is 0 or missing: log(1) == 0.
                best = 0.0 - logTotal + routeProb[idx + 1];
                bestEnd = idx;
            }

            routeProb[idx] = best;
            routeEnd[idx] = bestEnd;
        }
    }

    /// <summary><see cref="CalcRoute"/> for a lexicon with user changes: a key is in <c>FREQ</c> when it is in the overlay or the base trie.</summary>
    private static void CalcRouteWithOverlay(LexiconData lexicon, ReadOnlySpan<char> block, double[] routeProb, int[] routeEnd)
    {
        PrefixTrie trie = lexicon.Trie;
        int[] freq = trie.Frequencies;
        double[] logFreq = trie.LogFrequencies;
        double logTotal = lexicon.LogTotal;
        int n = block.Length;
        routeProb[n] = 0;
        routeEnd[n] = 0;
        for (int idx = n - 1; idx >= 0; idx--)
        {
            double best = 0;
            int bestEnd = -1;
            int node = trie.RootChild(block[idx]);
            int i = idx;
            while (true)
            {
                int f;
                double lf;
                if (lexicon.TryGetOverlay(block[idx..(i + 1)], out var entry))
                {
                    f = entry.Frequency;
                    lf = entry.LogFrequency;
                }
                else if (node != 0)
                {
                    f = freq[node];
                    lf = logFreq[node];
                }
                else
                {
                    break;
                }

                if (f > 0)
                {
                    double v = lf - logTotal + routeProb[i + 1];
                    if (bestEnd < 0 || v >= best)
                    {
                        best = v;
                        bestEnd = i;
                    }
                }

                if (++i >= n)
                {
                    break;
                }

                node = node == 0 ? 0 : trie.Child(node, block[i]);
            }

            if (bestEnd < 0)
            {
                best = 0.0 - logTotal + routeProb[idx + 1];
                bestEnd = idx;
            }

            routeProb[idx] = best;
            routeEnd[idx] = bestEnd;
        }
    }

    /// <summary>
    /// <c>__cut_DAG</c>'s handling of a run of single-character route words <c>block[start..end)</c>: one character
    /// is yielded as is; a run that is itself a dictionary word is yielded per character; otherwise finalseg cuts it.
    /// </summary>
    private static int FlushSingles(LexiconData lexicon, ReadOnlySpan<char> block, int start, int end, int offset, ref SegmentBuffers buffers, int count)
    {
        int[] ends = buffers.Ends;
        if (end - start == 1)
        {
            ends[count++] = offset + end;
            return count;
        }

        ReadOnlySpan<char> run = block[start..end];
        if (lexicon.FrequencyOrZero(run) == 0)
        {
            return HmmCut(lexicon, HmmModel.Default, run, offset + start, ref buffers, count);
        }

        for (int i = start + 1; i <= end; i++)
        {
            ends[count++] = offset + i;
        }

        return count;
    }

    /// <summary>
    /// finalseg's <c>cut</c>: Han runs (<c>[\u4E00-\u9FD5]+</c>) go through the Viterbi decoder; everything else
    /// is split by <c>([a-zA-Z0-9]+(?:\.\d+)?%?)</c> into matches and the text between them.
    /// </summary>
    internal static int HmmCut(LexiconData lexicon, HmmModel model, ReadOnlySpan<char> text, int offset, ref SegmentBuffers buffers, int count)
    {
        int[] ends = buffers.Ends;
        int m = text.Length;
        int p = 0;
        while (p < m)
        {
            int q = p + 1;
            if (CharClass.IsHan(text[p]))
            {
                while (q < m && CharClass.IsHan(text[q]))
                {
                    q++;
                }

                count = Viterbi(lexicon, model, text[p..q], offset + p, ref buffers, count);
            }
            else
            {
                while (q < m && !CharClass.IsHan(text[q]))
                {
                    q++;
                }

                // Only re_han_default characters reach here, so \d is [0-9].
                int r = p;
                while (r < q)
                {
                    int s = r + 1;
                    if (CharClass.IsAsciiAlphanumeric(text[r]))
                    {
                        while (s < q && CharClass.IsAsciiAlphanumeric(text[s]))
                        {
                            s++;
                        }

                        if (s + 1 < q && text[s] == '.' && char.IsAsciiDigit(text[s + 1]))
                        {
                            s += 2;
                            while (s < q && char.IsAsciiDigit(text[s]))
                            {
                                s++;
                            }
                        }

                        if (s < q && text[s] == '%')
                        {
                            s++;
                        }
                    }
                    else
                    {
                        while (s < q && !CharClass.IsAsciiAlphanumeric(text[s]))
                        {
                            s++;
                        }
                    }

                    ends[count++] = offset + s;
                    r = s;
                }
            }

            p = q;
        }

        return count;
    }

    /// <summary>
    /// finalseg's <c>viterbi</c> + <c>__cut</c> over Han characters. Ties in <c>max((prob, state))</c> go to the
    /// larger state letter (B &lt; E &lt; M &lt; S), as in Python's tuple comparison.
    /// </summary>
    private static int Viterbi(LexiconData lexicon, HmmModel model, ReadOnlySpan<char> obs, int offset, ref SegmentBuffers buffers, int count)
    {
        const int B = HmmModel.B, M = HmmModel.M, E = HmmModel.E, S = HmmModel.S;
        int m = obs.Length;
        buffers.EnsureViterbi(m);
        byte[] back = buffers.Viterbi;
        double[] start = model.Start;
        double[] trans = model.Transition;
        double[] emit = model.Emission;
        int first = model.EmissionFirst;

        int e0 = (obs[0] - first) * 4;
        double vB = start[B] + emit[e0 + B];
        double vM = start[M] + emit[e0 + M];
        double vE = start[E] + emit[e0 + E];
        double vS = start[S] + emit[e0 + S];
        double tEB = trans[(E * 4) + B], tSB = trans[(S * 4) + B];
        double tMM = trans[(M * 4) + M], tBM = trans[(B * 4) + M];
        double tSS = trans[(S * 4) + S], tES = trans[(E * 4) + S];
        double tBE = trans[(B * 4) + E], tME = trans[(M * 4) + E];
        // One byte per observation: bits 0-3 say, per state, whether the tie-winning (larger-letter) predecessor was
        // taken (B <- S, M <- M, S <- S, E <- M); bits 4-5 later hold the decoded state.
        for (int t = 1; t < m; t++)
        {
            int et = (obs[t] - first) * 4;
            int choice = 0;

            // B <- E | S
            double em = emit[et + B];
            double a = vE + tEB + em, b = vS + tSB + em;
            double nB;
            if (b >= a)
            {
                nB = b;
                choice |= 1 << B;
            }
            else
            {
                nB = a;
            }

            // M <- M | B
            em = emit[et + M];
            a = vM + tMM + em;
            b = vB + tBM + em;
            double nM;
            if (a >= b)
            {
                nM = a;
                choice |= 1 << M;
            }
            else
            {
                nM = b;
            }

            // S <- S | E
            em = emit[et + S];
            a = vS + tSS + em;
            b = vE + tES + em;
            double nS;
            if (a >= b)
            {
                nS = a;
                choice |= 1 << S;
            }
            else
            {
                nS = b;
            }

            // E <- B | M
            em = emit[et + E];
            a = vB + tBE + em;
            b = vM + tME + em;
            double nE;
            if (b >= a)
            {
                nE = b;
                choice |= 1 << E;
            }
            else
            {
                nE = a;
            }

            back[t] = (byte)choice;
            vB = nB;
            vM = nM;
            vS = nS;
            vE = nE;
        }

        // max((V[-1][y], y) for y in 'ES'): S wins ties.
        int state = vS >= vE ? S : E;
        back[m - 1] = (byte)((back[m - 1] & 0xF) | (state << 4));
        for (int t = m - 1; t > 0; t--)
        {
            bool larger = (back[t] & (1 << state)) != 0;
            state = state switch
            {
                B => larger ? S : E,
                M => larger ? M : B,
                S => larger ? S : E,
                _ => larger ? M : B,
            };
            back[t - 1] = (byte)((back[t - 1] & 0xF) | (state << 4));
        }

        int[] ends = buffers.Ends;
        int begin = 0, next = 0;
        for (int i = 0; i < m; i++)
        {
            switch (back[i] >> 4)
            {
                case B:
                    begin = i;
                    break;
                case E:
                    Debug.Assert(begin == next, "finalseg words are contiguous");
                    count = EmitHmmWord(lexicon, obs, begin, i + 1, offset, ends, count);
                    next = i + 1;
                    break;
                case S:
                    count = EmitHmmWord(lexicon, obs, i, i + 1, offset, ends, count);
                    next = i + 1;
                    break;
            }
        }

        if (next < m)
        {
            count = EmitHmmWord(lexicon, obs, next, m, offset, ends, count);
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EmitHmmWord(LexiconData lexicon, ReadOnlySpan<char> obs, int start, int end, int offset, int[] ends, int count)
    {
        if (end - start > 1 && lexicon.HasForceSplit && lexicon.IsForceSplit(obs[start..end]))
        {
            for (int i = start + 1; i < end; i++)
            {
                ends[count++] = offset + i;
            }
        }

        ends[count++] = offset + end;
        return count;
    }
}
