using System.Buffers;

namespace CsEtiquette.Segmentation;

/// <summary>
/// Token ranges that an <see cref="IChineseSegmenter"/> wrote into a pooled buffer, returned by
/// <see cref="ChineseSegmenterExtensions.EnumerateTokens(IChineseSegmenter, ReadOnlySpan{char}, bool)"/>. The buffer
/// comes from <see cref="ArrayPool{T}.Shared"/> and goes back on <see cref="Dispose"/>, which <c>foreach</c> calls.
/// Use each enumerator once, on one thread.
/// </summary>
public ref struct TokenRangeEnumerator
{
    private TokenRange[]? _rented;
    private int _count;
    private int _index;

    private TokenRangeEnumerator(TokenRange[]? rented, int count)
    {
        _rented = rented;
        _count = count;
        _index = -1;
    }

    /// <summary>The current token range (valid after <see cref="MoveNext"/> returned true).</summary>
    public readonly TokenRange Current => _rented![_index];

    /// <summary>The number of ranges.</summary>
    public readonly int Count => _count;

    /// <summary>Every range, in text order (empty after <see cref="Dispose"/>).</summary>
    public readonly ReadOnlySpan<TokenRange> Ranges => _rented is null ? default : _rented.AsSpan(0, _count);

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly TokenRangeEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next range.</summary>
    /// <returns>False once every range was returned.</returns>
    public bool MoveNext() => ++_index < _count;

    /// <summary>Returns the pooled buffer. Safe to call more than once.</summary>
    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<TokenRange>.Shared.Return(_rented);
            _rented = null;
        }

        _count = 0;
    }

    internal static TokenRangeEnumerator Create(IChineseSegmenter segmenter, ReadOnlySpan<char> text, bool hmm)
    {
        if (text.IsEmpty)
        {
            return default;
        }

        int size = text.Length;
        for (int attempt = 0; attempt < 2; attempt++)
        {
            TokenRange[] rented = ArrayPool<TokenRange>.Shared.Rent(size);
            int count;
            try
            {
                count = segmenter.Tokenize(text, rented, hmm);
            }
            catch
            {
                ArrayPool<TokenRange>.Shared.Return(rented);
                throw;
            }

            if (count >= 0 && count <= rented.Length)
            {
                if (!Covers(rented.AsSpan(0, count), text.Length, out string? problem))
                {
                    ArrayPool<TokenRange>.Shared.Return(rented);
                    throw Broken(segmenter, problem);
                }

                return new TokenRangeEnumerator(rented, count);
            }

            ArrayPool<TokenRange>.Shared.Return(rented);
            if (count < 0)
            {
                throw Broken(segmenter, $"it returned a negative count ({count})");
            }

            size = count;
        }

        throw Broken(segmenter, "it asked for a larger buffer twice");
    }

    private static bool Covers(ReadOnlySpan<TokenRange> ranges, int length, out string? problem)
    {
        int expected = 0;
        for (int i = 0; i < ranges.Length; i++)
        {
            TokenRange r = ranges[i];
            if (r.Start != expected || r.Length <= 0)
            {
                problem = $"range {i} is ({r.Start}, {r.Length}) where a non-empty range starting at {expected} was expected";
                return false;
            }

            expected = r.End;
        }

        if (expected != length)
        {
            problem = $"the ranges end at {expected}, not at the text length {length}";
            return false;
        }

        problem = null;
        return true;
    }

    private static InvalidOperationException Broken(IChineseSegmenter segmenter, string? problem) =>
        new($"{segmenter.GetType().FullName}.Tokenize(ReadOnlySpan<char>, Span<TokenRange>, bool) broke the IChineseSegmenter contract (non-empty contiguous ranges covering the text): {problem}.");
}
