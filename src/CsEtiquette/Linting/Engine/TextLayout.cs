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

    public TextLayout(ReadOnlySpan<char> text, ChineseSegmenter segmenter)
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

        MarkNonWordTokens(text);
        FindQuotes(text);
    }

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

    /// <summary>True when [start, end) lies inside a quoted region (“…”, 「…」, "…").</summary>
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
        if (text.IndexOfAny(OpeningQuotes) < 0)
        {
            return;
        }

        var list = new List<int>();
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

            list.Add(i + 1);
            list.Add(i + 1 + j);
            i = i + 2 + j;
        }

        _quotes = list.ToArray();
        _quoteCount = list.Count / 2;
    }

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
