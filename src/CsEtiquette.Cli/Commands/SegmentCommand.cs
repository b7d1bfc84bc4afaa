using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Cli.Commands;

/// <summary>
/// <c>cse segment [--mode accurate|full|search] [--no-hmm] [--format text|json] [--user-dict PATH] [--stats]</c>:
/// reads UTF-8 lines from stdin and writes one line per input line (分词).
/// </summary>
/// <remarks>
/// Text format joins tokens with <c>" / "</c>; json writes one JSON array of token strings per line with CJK and
/// every other printable character unescaped (only <c>"</c>, <c>\</c>, control characters and lone surrogates are
/// escaped). An empty input line gives an empty text line or <c>[]</c>. <c>--no-hmm</c> has no effect in full mode
/// (jieba's <c>cut_all</c> never uses the HMM). <c>--stats</c> writes the dictionary load time and the segmentation
/// throughput (UTF-8 MB/s with MB = 10^6 bytes, and UTF-16 chars/s; reading and writing excluded) to stderr.
/// Exit codes: 0 success, 1 unusable user dictionary, 2 usage error.
/// </remarks>
internal static class SegmentCommand
{
    private const string Separator = " / ";

    public static int Run(string[] args, CliIO io)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(io);
        var a = CliArgs.Parse(args, ["--no-hmm", "--stats"], ["--mode", "--format", "--user-dict"]);
        if (a.Positionals.Count > 0)
        {
            throw new CliUsageException($"unexpected argument '{a.Positionals[0]}': segment reads its text from stdin.");
        }

        var mode = a.Choice("--mode", "accurate", "accurate", "full", "search");
        var json = a.Choice("--format", "text", "text", "json") == "json";
        var hmm = !a.Has("--no-hmm");
        var stats = a.Has("--stats");
        var userDict = a.Get("--user-dict");
        if (userDict is { Length: 0 })
        {
            throw new CliUsageException("--user-dict needs a file path.");
        }

        var loadStart = Stopwatch.GetTimestamp();
        ChineseSegmenter segmenter;
        if (userDict is null)
        {
            segmenter = ChineseSegmenter.Default;
        }
        else if (!TryLoadUserDictionary(userDict, io, out segmenter))
        {
            return ExitCodes.DataError;
        }

        // The dictionary loads lazily on first use: segment a word now so load time is measured on its own.
        _ = segmenter.Cut("预热", hmm);
        var loadTime = Stopwatch.GetElapsedTime(loadStart);

        long lines = 0, bytes = 0, chars = 0, ticks = 0;
        var output = new StringBuilder();
        var accurate = mode == "accurate";
        var ranges = new TokenRange[256];
        // Streams: each line is written as soon as it is segmented (the writer flushes whenever its buffer fills), so
        // memory stays flat and a pipe sees output before the input ends. Accurate mode formats straight from the
        // token ranges (Tokenize into a reused buffer: no string per token), which keeps the CLI close to in-process Cut.
        while (io.In.ReadLine() is { } line)
        {
            var start = Stopwatch.GetTimestamp();
            output.Clear();
            if (accurate)
            {
                if (ranges.Length < line.Length)
                {
                    ranges = new TokenRange[Math.Max(line.Length, ranges.Length * 2)];
                }

                var count = segmenter.Tokenize(line, ranges, hmm); // line.Length ranges always suffice
                ticks += Stopwatch.GetTimestamp() - start;
                if (json)
                {
                    AppendRanges(output, line, ranges.AsSpan(0, count), json);
                }
                else
                {
                    WriteRanges(io.Out, line, ranges.AsSpan(0, count)); // straight into the writer's buffer
                }
            }
            else
            {
                var tokens = mode == "full" ? segmenter.CutAll(line) : segmenter.CutForSearch(line, hmm);
                ticks += Stopwatch.GetTimestamp() - start;
                if (json)
                {
                    AppendJsonArray(output, tokens);
                }
                else
                {
                    AppendText(output, tokens);
                }
            }

            lines++;
            chars += line.Length;
            if (stats)
            {
                bytes += Encoding.UTF8.GetByteCount(line);
            }

            if (output.Length > 0)
            {
                io.Out.Write(output);
            }

            io.Out.WriteLine();
        }

        if (stats)
        {
            WriteStats(io.Error, userDict, loadTime, lines, bytes, chars, Stopwatch.GetElapsedTime(0, ticks));
        }

        return ExitCodes.Success;
    }

    private static bool TryLoadUserDictionary(string path, CliIO io, out ChineseSegmenter segmenter)
    {
        segmenter = ChineseSegmenter.Default;
        if (!File.Exists(path))
        {
            io.Error.WriteLine($"cse segment: user dictionary '{path}' does not exist.");
            return false;
        }

        try
        {
            segmenter = new ChineseSegmenter(LoadUserLexicon(path));
            return true;
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            io.Error.WriteLine($"cse segment: bad user dictionary '{path}': {ex.Message}");
            return false;
        }
    }

    // jieba's load_userdict: the user's words on top of a private copy of the embedded dictionary.
    private static Lexicon LoadUserLexicon(string path)
    {
        var lexicon = Lexicon.CreateDefaultCopy();
        lexicon.LoadUserDictionary(path);
        return lexicon;
    }

    private static void WriteRanges(TextWriter writer, string line, ReadOnlySpan<TokenRange> ranges)
    {
        for (var i = 0; i < ranges.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(Separator);
            }

            writer.Write(line.AsSpan(ranges[i].Start, ranges[i].Length));
        }
    }

    private static void AppendRanges(StringBuilder sb, string line, ReadOnlySpan<TokenRange> ranges, bool json)
    {
        if (json)
        {
            sb.Append('[');
        }

        var first = true;
        foreach (var t in ranges)
        {
            var token = line.AsSpan(t.Start, t.Length);
            if (!first)
            {
                sb.Append(json ? "," : Separator);
            }

            first = false;
            if (json)
            {
                CliJson.AppendString(sb, token);
            }
            else
            {
                sb.Append(token);
            }
        }

        if (json)
        {
            sb.Append(']');
        }
    }

    private static void AppendText(StringBuilder sb, IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(Separator);
            }

            sb.Append(tokens[i]);
        }
    }

    /// <summary>One JSON array of strings; only what JSON requires is escaped, so CJK and emoji stay readable.</summary>
    internal static void AppendJsonArray(StringBuilder sb, IReadOnlyList<string> tokens)
    {
        sb.Append('[');
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            CliJson.AppendString(sb, tokens[i]);
        }

        sb.Append(']');
    }

    private static void WriteStats(TextWriter err, string? userDict, TimeSpan load, long lines, long bytes, long chars, TimeSpan seg)
    {
        var seconds = seg.TotalSeconds;
        var mbPerSecond = seconds > 0 ? bytes / 1e6 / seconds : 0;
        var charsPerSecond = seconds > 0 ? chars / seconds : 0;
        var inv = CultureInfo.InvariantCulture;
        err.WriteLine(string.Format(inv, "cse segment: dictionary load {0:F1} ms ({1})", load.TotalMilliseconds,
            userDict is null ? "embedded jieba dictionary" : "embedded dictionary + user dictionary " + userDict));
        err.WriteLine(string.Format(inv,
            "cse segment: {0:N0} lines, {1:N0} bytes UTF-8, {2:N0} chars in {3:F1} ms: {4:F2} MB/s, {5:N0} chars/s",
            lines, bytes, chars, seg.TotalMilliseconds, mbPerSecond, charsPerSecond));
    }
}
