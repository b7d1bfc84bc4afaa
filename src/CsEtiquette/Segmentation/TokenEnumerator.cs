#pragma warning disable CA1822 // contract stub
namespace CsEtiquette.Segmentation;

// CONTRACT STUB — one token per character until the real segmenter lands.
/// <summary>Allocation-free enumerator of accurate-mode token ranges. Dispose it (foreach does).</summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _pos;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _pos = -1;
        Current = default;
    }

    /// <summary>The current token range.</summary>
    public TokenRange Current { get; private set; }

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    public bool MoveNext()
    {
        _pos++;
        if (_pos >= _text.Length)
        {
            return false;
        }

        Current = new TokenRange(_pos, 1);
        return true;
    }

    /// <summary>Returns pooled buffers.</summary>
    public void Dispose()
    {
    }
}
