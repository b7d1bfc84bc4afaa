namespace CsEtiquette.Insights;

/// <summary>
/// Word → count in first-occurrence order (a Python dict's insertion order), reusable across messages to avoid
/// allocating a string for words already seen. Not thread-safe: one per worker.
/// </summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _words = [];
    private readonly List<double> _counts = [];

    private readonly InsightAggregate? _intern;

    /// <param name="intern">Reuse the word strings this aggregate already holds (saves one string per known word).</param>
    public TermTable(InsightAggregate? intern = null)
    {
        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        _intern = intern;
    }

    public int Count => _words.Count;

    public double Total { get; private set; }

    public string WordAt(int i) => _words[i];

    public double CountAt(int i) => _counts[i];

    public void Add(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var i))
        {
            _counts[i] += 1.0;
        }
        else
        {
            var s = _intern?.FindTerm(word) ?? word.ToString();
            _index.Add(s, _words.Count);
            _words.Add(s);
            _counts.Add(1.0);
        }

        Total += 1.0;
    }

    public void Clear()
    {
        _index.Clear();
        _words.Clear();
        _counts.Clear();
        Total = 0;
    }
}
