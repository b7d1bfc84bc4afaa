using System.Text;
using System.Text.Json;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Tests.Segmentation;

/// <summary>
/// User dictionary fidelity: Python jieba 0.42.1 with <c>load_userdict("user-dict.txt")</c> and a few
/// <c>del_word</c> calls versus <see cref="Lexicon.CreateDefaultCopy"/> + <see cref="Lexicon.LoadUserDictionary(string)"/>
/// + <see cref="Lexicon.DeleteWord"/>, over every chat-corpus line. Expected data:
/// <c>TestData/segmentation/jieba-expected-userdict.jsonl</c>, regenerated with the same command as
/// <see cref="JiebaFidelityTests"/> (<c>/usr/bin/python3 tests/CsEtiquette.Tests/TestData/segmentation/generate_expected.py</c>).
/// </summary>
public sealed class JiebaUserDictionaryFidelityTests
{
    private static readonly Lazy<(ChineseSegmenter Segmenter, JsonDocument Meta, List<JsonDocument> Lines)> Data = new(Load);

    public static TheoryData<string> Modes => new("cut", "cut_nohmm", "cut_all", "search", "search_nohmm");

    [Theory]
    [MemberData(nameof(Modes))]
    public void UserDictionarySegmenter_IsTokenIdenticalToPythonJieba(string mode)
    {
        var (segmenter, _, lines) = Data.Value;
        var failures = new StringBuilder();
        var mismatched = 0;
        foreach (var doc in lines)
        {
            var root = doc.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var expected = root.GetProperty(mode).EnumerateArray().Select(t => t.GetString()!).ToList();
            IReadOnlyList<string> actual = mode switch
            {
                "cut" => segmenter.Cut(text, hmm: true),
                "cut_nohmm" => segmenter.Cut(text, hmm: false),
                "cut_all" => segmenter.CutAll(text),
                "search" => segmenter.CutForSearch(text, hmm: true),
                "search_nohmm" => segmenter.CutForSearch(text, hmm: false),
                _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown mode"),
            };
            if (!expected.SequenceEqual(actual, StringComparer.Ordinal) && ++mismatched <= 8)
            {
                TokenDiff.AppendMismatch(failures, "chat+userdict:" + root.GetProperty("line").GetInt32(), text, expected, actual);
            }
        }

        Assert.True(mismatched == 0, $"mode {mode} with user-dict.txt: {mismatched} of {lines.Count} lines differ from Python jieba\n{failures}");
    }

    [Fact]
    public void UserDictionaryFrequencies_MatchJieba_IncludingSuggestedAndDeleted()
    {
        var (segmenter, meta, _) = Data.Value;
        var wrong = new List<string>();
        foreach (var entry in meta.RootElement.GetProperty("meta").GetProperty("frequencies").EnumerateObject())
        {
            var expected = entry.Value.GetInt32();
            var actual = segmenter.Lexicon.GetFrequency(entry.Name) ?? 0;
            if (expected != actual)
            {
                wrong.Add($"{entry.Name}: jieba {expected}, ours {actual}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public void UserDictionary_DoesNotLeakIntoTheDefaultLexicon()
    {
        _ = Data.Value;
        Assert.Null(Lexicon.Default.GetFrequency("小鹿家居旗舰店"));
        Assert.True(Lexicon.Default.GetFrequency("还有") > 0);
    }

    private static (ChineseSegmenter, JsonDocument, List<JsonDocument>) Load()
    {
        var dir = JiebaExpectedCorpus.DataDirectory;
        var lexicon = Lexicon.CreateDefaultCopy();
        lexicon.LoadUserDictionary(Path.Combine(dir, "user-dict.txt"));
        var lines = File.ReadLines(Path.Combine(dir, "jieba-expected-userdict.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l))
            .ToList();
        var meta = lines[0];
        foreach (var word in meta.RootElement.GetProperty("meta").GetProperty("deleted").EnumerateArray())
        {
            lexicon.DeleteWord(word.GetString()!);
        }

        var chat = JiebaExpectedCorpus.ReadCorpusLines("chat-corpus.txt");
        var texts = lines.Skip(1).Select(d => d.RootElement.GetProperty("text").GetString()).ToList();
        if (!chat.SequenceEqual(texts, StringComparer.Ordinal))
        {
            throw new InvalidDataException("jieba-expected-userdict.jsonl is stale; " + JiebaExpectedCorpus.RegenerateHint);
        }

        return (new ChineseSegmenter(lexicon), meta, lines.Skip(1).ToList());
    }
}
