namespace CsEtiquette.Segmentation;

/// <summary>
/// Allocation-free enumerator of accurate-mode token ranges, returned by
/// <see cref="ChineseSegmenter.EnumerateTokens(ReadOnlySpan{char}, bool)"/>. Text is processed block by block
/// (jieba's <c>re_han_default</c> runs); scratch arrays come from <see cref="System.Buffers.ArrayPool{T}.Shared"/>
/// and go back on <see cref="Dispose"/>, which <c>foreach</c> calls. Ranges are contiguous, non-empty and cover
/// the whole text. Use each enumerator once, on one thread.
/// </summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private readonly LexiconData _lexicon;
    private readonly bool _hmm;
    private int _position;   // next character not yet split into blocks
    private int _tokenStart; // start of the next queued token
    private int _queueIndex;
    private int _queueCount;
    private SegmentBuffers _buffers;

    internal TokenEnumerator(ReadOnlySpan<char> text, LexiconData lexicon, bool hmm)
    {
        _text = text;
        _lexicon = lexicon;
        _hmm = hmm;
        _position = 0;
        _tokenStart = 0;
        _queueIndex = 0;
        _queueCount = 0;
        _buffers = default;
        Current = default;
    }

    /// <summary>The current token range (valid after <see cref="MoveNext"/> returned true).</summary>
    public TokenRange Current { get; private set; }

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    /// <returns>False once the text is exhausted (immediately for empty text).</returns>
    public bool MoveNext()
    {
        if (_queueIndex < _queueCount)
        {
            int end = _buffers.Ends[_queueIndex++];
            Current = new TokenRange(_tokenStart, end - _tokenStart);
            _tokenStart = end;
            return true;
        }

        ReadOnlySpan<char> text = _text;
        int pos = _position;
        if (pos >= text.Length)
        {
            return false;
        }

        if (CharClass.IsHanDefault(text[pos]))
        {
            int end = pos + 1;
            while (end < text.Length && CharClass.IsHanDefault(text[end]))
            {
                end++;
            }

            _queueCount = SegmentationEngine.CutBlock(_lexicon, text[pos..end], pos, _hmm, ref _buffers);
            _queueIndex = 1;
            _position = end;
            int first = _buffers.Ends[0];
            Current = new TokenRange(pos, first - pos);
            _tokenStart = first;
            return true;
        }

        // Outside re_han_default jieba yields "\r\n", each \s character, and every other code point on its own.
        int length = CharClass.OtherUnitLength(text, pos);
        Current = new TokenRange(pos, length);
        _position = pos + length;
        return true;
    }

    /// <summary>Returns the pooled scratch arrays. Safe to call more than once.</summary>
    public void Dispose()
    {
        _queueIndex = _queueCount = 0;
        _buffers.Return();
    }
}
