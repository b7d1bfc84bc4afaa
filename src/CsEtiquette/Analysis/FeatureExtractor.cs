using System.Buffers;
using System.Collections.Frozen;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Analysis;

/// <summary>
/// The features of the analysis model for one message, each with the span that produced it: hashed jieba tokens and
/// token bigrams, character 1–3-grams, lexicon cue hits by category (emotion with negation scope, intensifiers and
/// contrast; intent cues; defects reported, negated or asked about; abuse, threats, emoji), question form, punctuation
/// runs, emoji and emoticon codes (#E-s49), and a length bucket. Every pass is linear in the text; nothing allocates.
/// The trainer and the analyzer share this one extractor, so what was trained is what runs.
/// </summary>
internal static class FeatureExtractor
{
    /// <summary>Version of the feature set; a model trained on another version is rejected at load.</summary>
    public const int Version = 1;

    private const int ScopeChars = 3;
    private const int MaxEmoticonCode = 8;
    private static readonly SearchValues<char> ScopeBreak = SearchValues.Create("，,。.！!？?；;~～\n\r：:、 ");
    private static readonly SearchValues<char> TrailingNoise = SearchValues.Create(" \t\r\n~～。.!！…");

    // Question form (吗/呢/么/？/什么/怎么/多久/能不能 …): tokens that make a line a question even without a mark.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuestionWords = new[]
    {
        "吗", "呢", "么", "嘛", "?", "？", "什么", "怎么", "怎么样", "怎样", "多久", "多少", "多大", "多长", "几", "几天", "哪", "哪里",
        "哪个", "哪些", "为什么", "为啥", "啥", "能不能", "可不可以", "有没有", "是不是", "会不会", "要不要", "行不行", "是否", "可以吗",
        "如何", "咋", "咋办", "怎么办", "么么",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // First characters of the question words: most tokens skip the set lookup (and its hashing) on one test.
    private static readonly SearchValues<char> QuestionFirst = SearchValues.Create(FirstCharacters(QuestionWords.Set));

    private static string FirstCharacters(IEnumerable<string> words)
    {
        var first = new HashSet<char>();
        foreach (var w in words)
        {
            first.Add(w[0]);
        }

        return string.Concat(first);
    }

    /// <summary>Feeds every feature of <paramref name="text"/> to <paramref name="sink"/>.</summary>
    /// <param name="text">The message.</param>
    /// <param name="tokens">The segmenter's tokens of <paramref name="text"/>, in order.</param>
    /// <param name="matches">Lexicon matches at token boundaries, in order.</param>
    /// <param name="lex">The compiled lexicon (for emoji and emoticons matched anywhere).</param>
    /// <param name="seed">The model's hash seed.</param>
    /// <param name="sink">Where the features go.</param>
    /// <param name="cues">Receives what the lexicon is certain of (defect reported, photo, abuse, threats).</param>
    public static void Extract<TSink>(ReadOnlySpan<char> text, ReadOnlySpan<TokenRange> tokens, ReadOnlySpan<LexMatch> matches, CompiledLexicon lex, uint seed, ref TSink sink, ref LexCues cues)
        where TSink : IFeatureSink, allows ref struct
    {
        sink.Add(FeatureHash.Of(FeatureKind.LengthBucket, seed, LengthBucket(text.Length)), 1f, -1, 0);
        if (text.IsEmpty)
        {
            return;
        }

        TokenFeatures(text, tokens, seed, ref sink);
        CharGrams(text, seed, ref sink);
        LexiconFeatures(text, matches, seed, ref sink, ref cues);
        AnywhereFeatures(text, lex, seed, ref sink);
        Punctuation(text, seed, ref sink);
    }

    internal static int LengthBucket(int n) => n switch
    {
        <= 4 => 0,
        <= 8 => 1,
        <= 16 => 2,
        <= 32 => 3,
        <= 64 => 4,
        <= 128 => 5,
        _ => 6,
    };

    private static void TokenFeatures<TSink>(ReadOnlySpan<char> text, ReadOnlySpan<TokenRange> tokens, uint seed, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        var prev = -1;
        var questionSeen = false;
        var tokenStart = FeatureHash.Start(FeatureKind.Token, seed);
        var bigramStart = FeatureHash.Start(FeatureKind.TokenBigram, seed);
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var s = text.Slice(t.Start, t.Length);
            if (s.IsWhiteSpace())
            {
                continue;
            }

            var th = tokenStart;
            th.Add(s);
            sink.Add(th.Value, 1f, t.Start, t.Length);
            if (prev >= 0)
            {
                var p = tokens[prev];
                var h = bigramStart;
                h.Add(text.Slice(p.Start, p.Length));
                h.Add('\u0001');
                h.Add(s);
                sink.Add(h.Value, 1f, p.Start, t.End - p.Start);
            }

            if (QuestionFirst.Contains(s[0]) && QuestionWords.Contains(s))
            {
                sink.Add(FeatureHash.Of(FeatureKind.Question, seed, s), 1f, t.Start, t.Length);
                if (!questionSeen)
                {
                    sink.Add(FeatureHash.Of(FeatureKind.QuestionAny, seed, 0), 1f, t.Start, t.Length);
                    questionSeen = true;
                }
            }

            prev = i;
        }

        var last = text.LastIndexOfAnyExcept(TrailingNoise);
        if (last >= 0 && text[last] is '吗' or '呢' or '么' or '嘛' or '?' or '？')
        {
            sink.Add(FeatureHash.Of(FeatureKind.QuestionAtEnd, seed, 0), 1f, last, 1);
        }
    }

    private static void CharGrams<TSink>(ReadOnlySpan<char> text, uint seed, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        // The same hashes as FeatureHash.Of(kind, seed, text.Slice(i, n)): the kind's start state is computed once and
        // each character folded once per position.
        var start1 = FeatureHash.Start(FeatureKind.Char1, seed);
        var start2 = FeatureHash.Start(FeatureKind.Char2, seed);
        var start3 = FeatureHash.Start(FeatureKind.Char3, seed);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            var f0 = FeatureHash.Fold(c);
            var h1 = start1;
            h1.AddFolded(f0);
            sink.Add(h1.Value, 1f, i, 1);
            if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                var f1 = FeatureHash.Fold(text[i + 1]);
                var h2 = start2;
                h2.AddFolded(f0);
                h2.AddFolded(f1);
                sink.Add(h2.Value, 1f, i, 2);
                if (i + 2 < text.Length && !char.IsWhiteSpace(text[i + 2]))
                {
                    var h3 = start3;
                    h3.AddFolded(f0);
                    h3.AddFolded(f1);
                    h3.AddFolded(FeatureHash.Fold(text[i + 2]));
                    sink.Add(h3.Value, 1f, i, 3);
                }
            }
        }
    }

    private static bool InScope(ReadOnlySpan<char> text, int end, int start) =>
        end >= 0 && start >= end && start - end <= ScopeChars && !text[end..start].ContainsAny(ScopeBreak);

    private static bool IsNegative(CustomerEmotion e) => e is CustomerEmotion.Angry or CustomerEmotion.Anxious or CustomerEmotion.Disappointed or CustomerEmotion.Dissatisfied;

    private static void LexiconFeatures<TSink>(ReadOnlySpan<char> text, ReadOnlySpan<LexMatch> matches, uint seed, ref TSink sink, ref LexCues cues)
        where TSink : IFeatureSink, allows ref struct
    {
        int negEnd = -1, intensEnd = -1, hypoEnd = -1;
        var intens = 1.0;
        var afterContrast = false;
        for (var mi = 0; mi < matches.Length; mi++)
        {
            var m = matches[mi];
            var e = m.Entry;
            if (negEnd >= 0 && !InScope(text, negEnd, m.Start))
            {
                negEnd = -1;
            }

            if (intensEnd >= 0 && !InScope(text, intensEnd, m.Start))
            {
                intensEnd = -1;
            }

            var negated = negEnd >= 0;
            var flags = (int)e.Flags;
            for (var bit = 0; flags != 0; bit++, flags >>= 1)
            {
                if ((flags & 1) != 0)
                {
                    sink.Add(FeatureHash.Of(FeatureKind.LexFlag, seed, bit), 1f, m.Start, m.Length);
                }
            }

            // A defect or complaint asked about (会不会起球、有色差吗) is a pre-sale question, not a report (色差很大).
            var nextAsks = mi + 1 < matches.Length && matches[mi + 1].Entry.Has(LexFlags.QuestionWord) && InScope(text, m.End, matches[mi + 1].Start);
            var asked = (e.Has(LexFlags.Problem) || IsNegative(e.Emotion)) && text[m.End - 1] != '了'
                && ((hypoEnd >= 0 && m.Start >= hypoEnd && m.Start - hypoEnd <= 8) || nextAsks);
            if (e.Has(LexFlags.Hypothetical))
            {
                hypoEnd = m.End;
            }

            if (e.Has(LexFlags.Contrast))
            {
                afterContrast = true;
            }

            if (e.Emotion != CustomerEmotion.Neutral)
            {
                var w = (float)e.EmotionWeight;
                var id = (int)e.Emotion;
                sink.Add(FeatureHash.Of(negated ? FeatureKind.LexEmotionNegated : FeatureKind.LexEmotion, seed, id), w, m.Start, m.Length);
                if (!negated && intensEnd >= 0)
                {
                    sink.Add(FeatureHash.Of(FeatureKind.LexEmotionIntensified, seed, id), (float)Math.Min(2.0, w * intens), intensEnd - 1, m.End - intensEnd + 1);
                }

                if (afterContrast)
                {
                    sink.Add(FeatureHash.Of(FeatureKind.LexEmotionAfterContrast, seed, id), w, m.Start, m.Length);
                }

                var prevAsks = mi > 0 && matches[mi - 1].Entry.Has(LexFlags.Question) && InScope(text, matches[mi - 1].End, m.Start);
                if (e.Emotion == CustomerEmotion.Satisfied && !negated && (nextAsks || prevAsks))
                {
                    // 好用吗、哪个好看: a positive word being asked about.
                    sink.Add(FeatureHash.Of(FeatureKind.LexPositiveAsked, seed, 0), 1f, m.Start, m.Length);
                }
            }

            if (e.Has(LexFlags.Problem))
            {
                var kind = negated ? FeatureKind.LexProblemNegated : asked ? FeatureKind.LexProblemAsked : FeatureKind.LexProblem;
                sink.Add(FeatureHash.Of(kind, seed, 0), 1f, m.Start, m.Length);
                cues.Problem |= kind == FeatureKind.LexProblem;
            }

            if (e.Intents is { } weights && !(negated && e.Has(LexFlags.Problem)))
            {
                for (var k = 0; k < weights.Length; k++)
                {
                    if (weights[k] > 0)
                    {
                        sink.Add(FeatureHash.Of(FeatureKind.LexIntent, seed, k), (float)weights[k], m.Start, m.Length);
                    }
                }
            }

            cues.Photo |= e.Has(LexFlags.Photo);
            if (e.Abuse != AbuseSeverity.None)
            {
                if (e.Abuse > cues.Abuse)
                {
                    cues.Abuse = e.Abuse;
                }

                sink.Add(FeatureHash.Of(FeatureKind.LexAbuse, seed, (int)e.Abuse), 1f, m.Start, m.Length);
            }

            if (e.Threat != ThreatKind.None && !negated)
            {
                sink.Add(FeatureHash.Of(FeatureKind.LexThreat, seed, (int)e.Threat), 1f, m.Start, m.Length);
                cues.Threats.Add(new PlatformThreat(e.Threat, m.Start, m.Length, e.Word));
            }

            // Negation and intensifiers reach the next content word only (不退款就给差评: 不 is spent on 退款).
            if (e.Negator > 0)
            {
                negEnd = negated ? -1 : m.End; // 没有不… cancels
                intensEnd = -1;
            }
            else if (e.Intensifier > 0 && e.Emotion == CustomerEmotion.Neutral)
            {
                intens = intensEnd >= 0 ? Math.Max(intens, e.Intensifier) : e.Intensifier;
                intensEnd = m.End;
                if (negated)
                {
                    negEnd = m.End; // 不太满意: the negation reaches over the intensifier
                }
            }
            else
            {
                negEnd = -1;
                intensEnd = -1;
            }
        }
    }

    private static void AnywhereFeatures<TSink>(ReadOnlySpan<char> text, CompiledLexicon lex, uint seed, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        var anywhere = lex.Anywhere;
        var i = 0;
        while (i < text.Length)
        {
            var k = text[i..].IndexOfAny(lex.AnywhereFirst);
            if (k < 0)
            {
                return;
            }

            i += k;
            var node = 0;
            var bestEnd = -1;
            LexEntry? best = null;
            for (var j = i; j < text.Length && anywhere.TryStep(ref node, text[j]); j++)
            {
                if (anywhere.ValueAt(node) is { } v)
                {
                    best = v;
                    bestEnd = j + 1;
                }
            }

            if (best is null)
            {
                i++;
            }
            else
            {
                sink.Add(FeatureHash.Of(FeatureKind.LexEmoji, seed, (int)best.Emotion), (float)best.EmotionWeight, i, bestEnd - i);
                i = bestEnd;
            }
        }
    }

    private static void Punctuation<TSink>(ReadOnlySpan<char> text, uint seed, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        var emojiSeen = false;
        var codeSeen = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '!' or '！' or '?' or '？' or '~' or '～' or '…')
            {
                var j = i + 1;
                while (j < text.Length && SameMark(text[j], c))
                {
                    j++;
                }

                var run = Math.Min(j - i, 3);
                var kind = c switch
                {
                    '!' or '！' => FeatureKind.Exclamation,
                    '?' or '？' => run >= 2 ? FeatureKind.QuestionRun : FeatureKind.Question,
                    '~' or '～' => FeatureKind.Tilde,
                    _ => FeatureKind.Ellipsis,
                };
                sink.Add(FeatureHash.Of(kind, seed, run), 1f, i, j - i);
                i = j;
                continue;
            }

            if (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.')
            {
                var j = i + 3;
                while (j < text.Length && text[j] == '.')
                {
                    j++;
                }

                sink.Add(FeatureHash.Of(FeatureKind.Ellipsis, seed, 1), 1f, i, j - i);
                i = j;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, text[i + 1]);
                if (cp is >= 0x1F000 and <= 0x1FAFF)
                {
                    sink.Add(FeatureHash.Of(FeatureKind.Emoji, seed, cp), 1f, i, 2);
                    if (!emojiSeen)
                    {
                        sink.Add(FeatureHash.Of(FeatureKind.EmojiAny, seed, 0), 1f, i, 2);
                        emojiSeen = true;
                    }
                }

                i += 2;
                continue;
            }

            if (c == '#' && i + 3 < text.Length && text[i + 1] == 'E' && text[i + 2] == '-' && char.IsAsciiLetterOrDigit(text[i + 3]))
            {
                // Platform emoticon codes (千牛/旺旺 #E-s49).
                var j = i + 3;
                while (j < text.Length && j - i - 3 < MaxEmoticonCode && char.IsAsciiLetterOrDigit(text[j]))
                {
                    j++;
                }

                sink.Add(FeatureHash.Of(FeatureKind.EmoticonCode, seed, text[(i + 3)..j]), 1f, i, j - i);
                if (!codeSeen)
                {
                    sink.Add(FeatureHash.Of(FeatureKind.EmoticonCodeAny, seed, 0), 1f, i, j - i);
                    codeSeen = true;
                }

                i = j;
                continue;
            }

            if (!char.IsAsciiDigit(c) && !char.IsWhiteSpace(c) && i + 2 < text.Length && text[i + 1] == c && text[i + 2] == c)
            {
                // 啊啊啊、哈哈哈: a repeated character.
                var j = i + 3;
                while (j < text.Length && text[j] == c)
                {
                    j++;
                }

                sink.Add(FeatureHash.Of(FeatureKind.Repeat, seed, 0), 1f, i, j - i);
                i = j;
                continue;
            }

            i++;
        }
    }

    private static bool SameMark(char x, char c) => c switch
    {
        '!' or '！' => x is '!' or '！',
        '?' or '？' => x is '?' or '？',
        '~' or '～' => x is '~' or '～',
        _ => x == c,
    };
}
