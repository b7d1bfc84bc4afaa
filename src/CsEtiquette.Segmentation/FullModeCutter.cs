namespace CsEtiquette.Segmentation;

/// <summary>jieba's full mode (<c>cut(cut_all=True)</c>, <c>__cut_all</c>), reproduced output quirks included.</summary>
internal static class FullModeCutter
{
    /// <summary>Appends the full-mode tokens of <paramref name="text"/> to <paramref name="list"/>.</summary>
    internal static void Cut(LexiconData data, string text, List<string> list)
    {
        var dag = new List<int>(16);
        int pos = 0;
        while (pos < text.Length)
        {
            int end = pos + 1;
            if (CharClass.IsHanDefault(text[pos]))
            {
                while (end < text.Length && CharClass.IsHanDefault(text[end]))
                {
                    end++;
                }

                CutBlock(data, text, pos, end, dag, list);
            }
            else
            {
                while (end < text.Length && !CharClass.IsHanDefault(text[end]))
                {
                    end++;
                }

                SplitOther(text, pos, end, list);
            }

            pos = end;
        }
    }

    /// <summary>
    /// <c>re_skip.split(blk)</c> with cut_all: the pieces between whitespace units (<c>\r\n</c> or one <c>\s</c>)
    /// are yielded whole, empty ones included, interleaved with the whitespace units.
    /// </summary>
    private static void SplitOther(string text, int start, int end, List<string> list)
    {
        int pieceStart = start;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            int w = c == '\r' && i + 1 < end && text[i + 1] == '\n' ? 2 : CharClass.IsPythonWhitespace(c) ? 1 : 0;
            if (w == 0)
            {
                i++;
                continue;
            }

            list.Add(text[pieceStart..i]);
            list.Add(text.Substring(i, w));
            i += w;
            pieceStart = i;
        }

        list.Add(text[pieceStart..end]);
    }

    private static void CutBlock(LexiconData data, string text, int start, int end, List<int> dag, List<string> list)
    {
        int oldJ = -1;
        bool engScan = false;
        int engStart = 0, engEnd = 0; // eng_buf is always a contiguous run of the block
        string? engBuf = null;
        for (int k = start; k < end; k++)
        {
            if (engScan && !CharClass.IsAsciiAlphanumeric(text[k]))
            {
                engScan = false;
                list.Add(engBuf ?? text[engStart..engEnd]);
                engBuf = null;
            }

            FillDag(data, text, k, end, dag);
            if (dag.Count == 1 && k > oldJ)
            {
                int wordEnd = dag[0] + 1;
                if (CharClass.IsAsciiAlphanumeric(text[k]))
                {
                    if (!engScan)
                    {
                        engScan = true;
                        engStart = k;
                        engEnd = wordEnd;
                        engBuf = null;
                    }
                    else if (engEnd == k)
                    {
                        engEnd = wordEnd;
                    }
                    else
                    {
                        // Not contiguous: multi-word DAG entries were yielded in between; jieba still appends.
                        engBuf = (engBuf ?? text[engStart..engEnd]) + text[k..wordEnd];
                    }
                }

                if (!engScan)
                {
                    list.Add(text[k..wordEnd]);
                }

                oldJ = dag[0];
            }
            else
            {
                foreach (int j in dag)
                {
                    if (j > k)
                    {
                        list.Add(text[k..(j + 1)]);
                        oldJ = j;
                    }
                }
            }
        }

        if (engScan)
        {
            list.Add(engBuf ?? text[engStart..engEnd]);
        }
    }

    /// <summary>jieba's <c>get_DAG</c> entry for position <paramref name="k"/>: ends of dictionary words starting there, or [k].</summary>
    internal static void FillDag(LexiconData data, string text, int k, int end, List<int> dag)
    {
        dag.Clear();
        PrefixTrie trie = data.Trie;
        int node = trie.RootChild(text[k]);
        int i = k;
        while (true)
        {
            int f;
            if (data.TryGetOverlay(text.AsSpan(k, i - k + 1), out var entry))
            {
                f = entry.Frequency;
            }
            else if (node != 0)
            {
                f = trie.Frequencies[node];
            }
            else
            {
                break;
            }

            if (f > 0)
            {
                dag.Add(i);
            }

            if (++i >= end)
            {
                break;
            }

            node = node == 0 ? 0 : trie.Child(node, text[i]);
        }

        if (dag.Count == 0)
        {
            dag.Add(k);
        }
    }
}
