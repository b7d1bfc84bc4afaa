using System.Buffers;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Linting.Engine;

/// <summary>
/// Per-message scratch built once per lint: token boundaries from the segmenter, quoted regions
/// (customer words the agent quotes are not the agent's wording), sentence boundaries and inline
/// suppression markers. Backed by pooled arrays; dispose to return them. A mutable struct used by one call only.
/// </summary>
internal struct TextLayout : IDisposable
{
    private const string OpeningQuotes = "“「『\"‘";
    private int[] _tokenEnd;   // _tokenEnd[i] = end of the token starting at i, or 0
    private bool[] _isEnd;     // _isEnd[i] = a token ends at i
    private int[] _quotes;     // pairs (start, end) of quoted regions
    private int _quoteCount;

    public TextLayout(ReadOnlySpan<char> text, IChineseSegmenter segmenter)
    {
        Length = text.Length;
        _tokenEnd = ArrayPool<int>.Shared.Rent(text.Length + 1);
        _isEnd = ArrayPool<bool>.Shared.Rent(text.Length + 1);
        Array.Clear(_tokenEnd, 0, text.Length + 1);
        Array.Clear(_isEnd, 0, text.Length + 1);
        _quotes = [];
        _quoteCount = 0;
        foreach (var r in segmenter.EnumerateTokens(text, hmm: true))
        {
            if (r.Length <= 0 || r.Start < 0 || r.End > text.Length)
            {
                continue;
            }

            _tokenEnd[r.Start] = r.End;
            _isEnd[r.End] = true;
        }

        if (segmenter is ChineseSegmenter cs)
        {
            SplitTrailingParticles(text, cs.Lexicon.Data);
        }

        MarkNonWordTokens(text);
        FindQuotes(text);
    }

    /// <summary>
    /// jieba's HMM glues a sentence-final particle to the unknown word before it (到|账哈, 发顺|丰哒, 派件|员哦): such a
    /// token, when it is not a dictionary word, ends one character earlier and the particle becomes its own token, so
    /// patterns written as words (到账, 哈) match. Dictionary words (哈哈, 么么哒, 哎呀) are never split.
    /// </summary>
    private readonly void SplitTrailingParticles(ReadOnlySpan<char> text, LexiconData lexicon)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var end = _tokenEnd[i];
            if (end - i < 2 || !IsParticle(text[end - 1]) || IsParticle(text[end - 2]) || lexicon.GetFrequency(text[i..end]) is > 0)
            {
                continue;
            }

            _tokenEnd[i] = end - 1;
            _tokenEnd[end - 1] = end;
            _isEnd[end - 1] = true;
            i = end - 1;
        }
    }

    private static bool IsParticle(char c) => c is '哈' or '哒' or '呢' or '哦' or '啦' or '呀' or '嘛' or '噢' or '喔' or '哟' or '啊';

    /// <summary>Length of the text in UTF-16 code units.</summary>
    public int Length { get; }

    private readonly void MarkNonWordTokens(ReadOnlySpan<char> text)
    {
        // A negative end marks a token that is punctuation or space (not matched by the "_" element).
        for (var i = 0; i < text.Length; i++)
        {
            if (_tokenEnd[i] > 0 && !IsWordChar(text[i]))
            {
                _tokenEnd[i] = -_tokenEnd[i];
            }
        }
    }

    /// <summary>End of the token that starts at <paramref name="pos"/>; 0 when no token starts there.</summary>
    public readonly int TokenEndAt(int pos) => pos < Length ? Math.Abs(_tokenEnd[pos]) : 0;

    /// <summary>True when the token starting at <paramref name="pos"/> is a word (not punctuation/space).</summary>
    public readonly bool IsWordToken(int pos) => pos < Length && _tokenEnd[pos] > 0;

    /// <summary>True when a token ends at <paramref name="pos"/> (or the text ends there).</summary>
    public readonly bool IsTokenEnd(int pos) => pos == Length || (pos >= 0 && pos < Length && _isEnd[pos]);

    /// <summary>True when [start, end) lies inside a quoted region (“…”, 「…」, "…") or a link (https://…, www.…).</summary>
    public readonly bool IsQuoted(int start, int end)
    {
        // Quoted regions are sorted and disjoint: binary-search the last one starting at or before start.
        int lo = 0, hi = _quoteCount - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_quotes[2 * mid] <= start)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && end <= _quotes[(2 * found) + 1];
    }

    /// <summary>True for the sentence-ending characters that bound a sentence-scope exception.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '；' or ';' or '\n' or '\r' or '~' or '～';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c);

    private void FindQuotes(ReadOnlySpan<char> text)
    {
        // Protected regions: quoted customer words and links. A rule with ignoreQuoted never fires inside them,
        // so the rewriter never edits a URL (…?sku=4 must not become …?款式=4).
        var hasQuote = text.IndexOfAny(OpeningQuotes) >= 0;
        // "www." needs a dot: the ignore-case search walks non-ASCII text slowly, so most replies skip it.
        var hasUrl = text.IndexOf("://".AsSpan()) >= 0 || (text.Contains('.') && text.IndexOf("www.".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0);
        if (!hasQuote && !hasUrl)
        {
            return;
        }

        var list = new List<(int Start, int End)>();
        if (hasQuote)
        {
            AddQuotes(text, list);
        }

        if (hasUrl)
        {
            AddUrls(text, list);
        }

        // Sorted and disjoint, as IsQuoted's binary search needs: a link inside a quote merges with it.
        list.Sort();
        var merged = new List<int>(list.Count * 2);
        foreach (var (start, end) in list)
        {
            if (merged.Count > 0 && start <= merged[^1])
            {
                merged[^1] = Math.Max(merged[^1], end);
            }
            else
            {
                merged.Add(start);
                merged.Add(end);
            }
        }

        _quotes = merged.ToArray();
        _quoteCount = merged.Count / 2;
    }

    private static void AddQuotes(ReadOnlySpan<char> text, List<(int Start, int End)> list)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var close = c switch
            {
                '“' => '”',
                '「' => '」',
                '『' => '』',
                '"' => '"',
                '‘' => '’',
                _ => '\0',
            };
            if (close == '\0')
            {
                i++;
                continue;
            }

            var j = text[(i + 1)..].IndexOf(close);
            if (j < 0)
            {
                break;
            }

            list.Add((i + 1, i + 1 + j));
            i = i + 2 + j;
        }
    }

    /// <summary>Adds <c>scheme://…</c> and <c>www.…</c> links: a run of printable ASCII without spaces or quotes.</summary>
    internal static void AddUrls(ReadOnlySpan<char> text, List<(int Start, int End)> list)
    {
        var i = 0;
        while (i < text.Length)
        {
            int start;
            if (text[i] == ':' && i + 2 < text.Length && text[i + 1] == '/' && text[i + 2] == '/')
            {
                start = i;
                while (start > 0 && char.IsAsciiLetter(text[start - 1]))
                {
                    start--;
                }
            }
            else if ((text[i] is 'w' or 'W') && (i == 0 || !(char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '/' or '-' or '_'))
                && text[i..].StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                start = i;
            }
            else
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && IsUrlChar(text[end]))
            {
                end++;
            }

            // Trailing sentence punctuation belongs to the sentence, not to the link.
            while (end > start && text[end - 1] is '.' or ',' or '!' or '?' or ';' or ':' or ')')
            {
                end--;
            }

            if (end > start)
            {
                list.Add((start, end));
            }

            i = Math.Max(end, i + 1);
        }
    }

    private static bool IsUrlChar(char c) => c > ' ' && c < '\u007f' && c is not ('"' or '\'' or '<' or '>' or '`');

    /// <summary>Returns the pooled arrays.</summary>
    public void Dispose()
    {
        if (_tokenEnd.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_tokenEnd);
            ArrayPool<bool>.Shared.Return(_isEnd);
            _tokenEnd = [];
            _isEnd = [];
        }
    }
}
