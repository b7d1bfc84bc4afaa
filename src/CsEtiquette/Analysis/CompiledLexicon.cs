using System.Buffers;
using System.Collections.Frozen;

namespace CsEtiquette.Analysis;

/// <summary>The merged lexicons of one analyzer, compiled into tries and character classes. Immutable.</summary>
internal sealed class CompiledLexicon
{
    private static readonly string[] DefaultDurationUnits = ["天", "小时", "分钟", "周", "个月", "年"];

    private CompiledLexicon(
        CharTrie words,
        CharTrie anywhere,
        SearchValues<char> anywhereFirst,
        TrackingPrefix[] trackingPrefixes,
        string[] durationUnits,
        SearchValues<char> measureWords,
        FrozenSet<string> letterSizes,
        FrozenSet<string> latinBrands,
        string[] modelSuffixes,
        SearchValues<char> regionMarkers,
        SearchValues<char> detailMarkers)
    {
        Words = words;
        Anywhere = anywhere;
        AnywhereFirst = anywhereFirst;
        TrackingPrefixes = trackingPrefixes;
        DurationUnits = durationUnits;
        MeasureWords = measureWords;
        LetterSizes = letterSizes.GetAlternateLookup<ReadOnlySpan<char>>();
        LatinBrands = latinBrands.GetAlternateLookup<ReadOnlySpan<char>>();
        ModelSuffixes = modelSuffixes;
        RegionMarkers = regionMarkers;
        DetailMarkers = detailMarkers;
    }

    /// <summary>Words matched at token boundaries.</summary>
    public CharTrie Words { get; }

    /// <summary>Emoji and bracket emoticons, matched anywhere.</summary>
    public CharTrie Anywhere { get; }

    public SearchValues<char> AnywhereFirst { get; }

    /// <summary>Longest prefix first.</summary>
    public TrackingPrefix[] TrackingPrefixes { get; }

    /// <summary>Longest unit first.</summary>
    public string[] DurationUnits { get; }

    public SearchValues<char> MeasureWords { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LetterSizes { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LatinBrands { get; }

    /// <summary>Longest suffix first.</summary>
    public string[] ModelSuffixes { get; }

    public SearchValues<char> RegionMarkers { get; }

    public SearchValues<char> DetailMarkers { get; }

    public static CompiledLexicon Build(IReadOnlyList<AnalysisLexicon> lexicons)
    {
        var emotions = new Dictionary<string, (CustomerEmotion, double)>(StringComparer.Ordinal);
        var emoji = new Dictionary<string, (CustomerEmotion, double)>(StringComparer.Ordinal);
        var intensifiers = new Dictionary<string, double>(StringComparer.Ordinal);
        var negators = new Dictionary<string, double>(StringComparer.Ordinal);
        var abuse = new Dictionary<string, AbuseSeverity>(StringComparer.Ordinal);
        var threats = new Dictionary<string, ThreatKind>(StringComparer.Ordinal);
        var intents = new Dictionary<string, Dictionary<MessageIntent, double>>(StringComparer.Ordinal);
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var name in AnalysisLexicon.SetSections)
        {
            sets[name] = new HashSet<string>(StringComparer.Ordinal);
        }

        var prefixes = new Dictionary<string, TrackingPrefix>(StringComparer.Ordinal);
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var lex in lexicons)
        {
            foreach (var w in lex.Remove)
            {
                emotions.Remove(w);
                emoji.Remove(w);
                intensifiers.Remove(w);
                negators.Remove(w);
                abuse.Remove(w);
                threats.Remove(w);
                intents.Remove(w);
                prefixes.Remove(w);
                foreach (var s in sets.Values)
                {
                    s.Remove(w);
                }
            }

            Copy(lex.Emotions, emotions);
            Copy(lex.Emoji, emoji);
            Copy(lex.Intensifiers, intensifiers);
            Copy(lex.Negators, negators);
            Copy(lex.Abuse, abuse);
            Copy(lex.Threats, threats);
            foreach (var (w, d) in lex.IntentCues)
            {
                if (!intents.TryGetValue(w, out var target))
                {
                    intents[w] = target = [];
                }

                Copy(d, target);
            }

            foreach (var (name, s) in lex.Sets)
            {
                sets[name].UnionWith(s);
            }

            foreach (var p in lex.TrackingPrefixes)
            {
                prefixes[p.Prefix] = p;
            }

            foreach (var (name, chars) in lex.CharClasses)
            {
                classes[name] = classes.TryGetValue(name, out var old) ? old + chars : chars;
            }
        }

        var entries = new Dictionary<string, LexEntry>(StringComparer.Ordinal);
        LexEntry Get(string w)
        {
            if (!entries.TryGetValue(w, out var e))
            {
                entries[w] = e = new LexEntry { Word = w };
            }

            return e;
        }

        foreach (var (w, (label, weight)) in emotions)
        {
            var e = Get(w);
            e.Emotion = label;
            e.EmotionWeight = weight;
        }

        foreach (var (w, x) in intensifiers)
        {
            Get(w).Intensifier = x;
        }

        foreach (var (w, x) in negators)
        {
            Get(w).Negator = x;
        }

        foreach (var (w, sev) in abuse)
        {
            Get(w).Abuse = sev;
        }

        foreach (var (w, kind) in threats)
        {
            Get(w).Threat = kind;
        }

        foreach (var (w, d) in intents)
        {
            var arr = new double[7];
            foreach (var (intent, x) in d)
            {
                arr[(int)intent] = x;
            }

            Get(w).Intents = arr;
        }

        foreach (var w in sets["neutralWords"])
        {
            Get(w);
        }

        Flag(sets["questionCues"], LexFlags.Question);
        Flag(sets["problemCues"], LexFlags.Problem);
        Flag(sets["photoCues"], LexFlags.Photo);
        Flag(sets["orderCues"], LexFlags.OrderCue);
        Flag(sets["trackingCues"], LexFlags.TrackingCue);
        Flag(sets["addressCues"], LexFlags.AddressCue);
        Flag(sets["contrastCues"], LexFlags.Contrast);
        Flag(sets["hypotheticalCues"], LexFlags.Hypothetical);
        Flag(sets["recurrenceCues"], LexFlags.Recurrence);
        FactWords(sets["dateWords"], FactKind.Date);
        FactWords(sets["colours"], FactKind.Colour);
        FactWords(sets["sizeWords"], FactKind.Size);

        var latinBrands = new List<string>();
        foreach (var b in sets["modelBrands"])
        {
            if (IsAscii(b))
            {
                latinBrands.Add(b);
            }
            else
            {
                Get(b).Flags |= LexFlags.ModelBrand;
            }
        }

        // A compound cue without an emotion of its own (退款还没到, 太过分, 物流不动) would shadow the emotion word at its
        // end: it takes that word's emotion, scaled by a leading intensifier, so the longest match loses nothing.
        var neutral = sets["neutralWords"];
        foreach (var e in entries.Values)
        {
            if (e.Emotion != CustomerEmotion.Neutral || e.Word.Length < 2 || e.Has(LexFlags.Question) || neutral.Contains(e.Word))
            {
                continue;
            }

            // A closing particle (太慢了, 失灵了) does not hide the emotion word before it.
            var core = e.Word.TrimEnd(ClosingParticles);
            if (core.Length > 0 && core.Length < e.Word.Length && entries.TryGetValue(core, out var whole) && whole.Emotion != CustomerEmotion.Neutral)
            {
                e.Emotion = whole.Emotion;
                e.EmotionWeight = whole.EmotionWeight;
                continue;
            }

            for (var cut = 1; cut < core.Length; cut++)
            {
                if (entries.TryGetValue(core[cut..], out var tail) && tail.Emotion != CustomerEmotion.Neutral && tail.Word.Length >= 1)
                {
                    entries.TryGetValue(core[..cut], out var head);
                    if (head is { Negator: > 0 } || (head is null && ContainsNegator(core[..cut], negators)))
                    {
                        break;
                    }

                    var factor = head is { Intensifier: > 0 } ? head.Intensifier : 1.0;
                    e.Emotion = tail.Emotion;
                    e.EmotionWeight = Math.Min(1.0, tail.EmotionWeight * factor);
                    break;
                }
            }
        }

        // An entry that contains a question word (保质期多久, 有货吗) still makes the message a question; only the exact
        // question words are "bare" (their Inquiry weight does not count when the question has another topic).
        Flag(sets["questionCues"], LexFlags.QuestionWord);
        foreach (var e in entries.Values)
        {
            if (e.Has(LexFlags.Question) || e.Word.Length < 2)
            {
                continue;
            }

            foreach (var q in sets["questionCues"])
            {
                if ((q.Length >= 2 || q is "吗" or "呢" or "么" or "？" or "?") && q.Length < e.Word.Length && e.Word.Contains(q, StringComparison.Ordinal))
                {
                    e.Flags |= LexFlags.Question;
                    break;
                }
            }
        }

        foreach (var e in entries.Values)
        {
            if (e.Intensifier > 0 || e.Negator > 0)
            {
                e.FunctionOnly = new LexEntry { Word = e.Word, Intensifier = e.Intensifier, Negator = e.Negator };
            }

            // The longest fact word that begins a longer non-fact cue keeps its fact (明天要用 → Date 明天).
            if (e.Fact is null)
            {
                for (var len = e.Word.Length - 1; len > 0; len--)
                {
                    if (entries.TryGetValue(e.Word[..len], out var prefix) && prefix.Fact is { } kind)
                    {
                        e.LeadingFact = kind;
                        e.LeadingFactLength = len;
                        break;
                    }
                }
            }
        }

        var anywhere = new List<LexEntry>();
        var first = new HashSet<char>();
        foreach (var (w, (label, weight)) in emoji)
        {
            anywhere.Add(new LexEntry { Word = w, Emotion = label, EmotionWeight = weight });
            first.Add(w[0]);
        }

        var units = sets["durationUnits"].Count > 0 ? [.. sets["durationUnits"]] : DefaultDurationUnits;
        Array.Sort(units, ByLengthDescThenOrdinal);
        var suffixes = sets["modelSuffixes"].ToArray();
        Array.Sort(suffixes, ByLengthDescThenOrdinal);
        var prefixArr = prefixes.Values.ToArray();
        Array.Sort(prefixArr, (a, b) => b.Prefix.Length != a.Prefix.Length ? b.Prefix.Length - a.Prefix.Length : string.CompareOrdinal(a.Prefix, b.Prefix));

        return new CompiledLexicon(
            CharTrie.Build(entries.Values),
            CharTrie.Build(anywhere),
            SearchValues.Create([.. first]),
            prefixArr,
            units,
            SearchValues.Create(classes.GetValueOrDefault("measureWords", "件个双台盒瓶包条只箱套")),
            sets["letterSizes"].ToFrozenSet(StringComparer.Ordinal),
            latinBrands.ToFrozenSet(StringComparer.Ordinal),
            suffixes,
            SearchValues.Create(classes.GetValueOrDefault("region", "省市区县")),
            SearchValues.Create(classes.GetValueOrDefault("detail", "路街道巷弄村镇号栋幢室楼")));

        void Flag(HashSet<string> words, LexFlags flag)
        {
            foreach (var w in words)
            {
                Get(w).Flags |= flag;
            }
        }

        void FactWords(HashSet<string> words, FactKind kind)
        {
            foreach (var w in words)
            {
                Get(w).Fact = kind;
            }
        }
    }

    private static readonly char[] ClosingParticles = ['了', '啊', '呀', '啦', '吧', '嘛'];

    private static bool ContainsNegator(string s, Dictionary<string, double> negators)
    {
        foreach (var n in negators.Keys)
        {
            if (s.Contains(n, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int ByLengthDescThenOrdinal(string a, string b) =>
        a.Length != b.Length ? b.Length - a.Length : string.CompareOrdinal(a, b);

    private static bool IsAscii(string s)
    {
        foreach (var c in s)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    private static void Copy<TK, TV>(Dictionary<TK, TV> from, Dictionary<TK, TV> to)
        where TK : notnull
    {
        foreach (var (k, v) in from)
        {
            to[k] = v;
        }
    }
}
