using System.Globalization;
using System.Text.Json;
using CsEtiquette.Complaints;
using CsEtiquette.Complaints.Graph;
using CsEtiquette.Stores.Sqlite;

namespace CsEtiquette.Cli.Commands;

/// <summary>
/// <c>cse complaint replay [--id ID] [--verbose]</c>: applies JSON events from stdin (one object per line, each with
/// <c>"type"</c> and <c>"at"</c>) to a new case and prints one result line per event, then the case's JSON.
/// With <c>--store PATH.db --case ID</c> the case is loaded from (and saved back to) a SQLite store, so a scenario
/// replayed in two runs ends in the same state and version as in one run.
/// <c>cse complaint diagram [--format mermaid|dot]</c>: prints the workflow diagram generated from the transition table.
/// </summary>
internal static class ComplaintCommand
{
    private const string Usage = """
        usage: cse complaint replay [--id ID] [--verbose]   < events.jsonl
               cse complaint replay --store PATH.db --case ID [--verbose]   < events.jsonl
               cse complaint diagram [--format mermaid|dot]
          replay   reads one JSON event per line, e.g. {"type":"AcknowledgeEmotion","at":"2026-11-24T10:00:00Z"},
                   prints {"accepted":true,"state":"…","version":N} or {"accepted":false,"state":"…","reason":"…"}
                   per event and then the case as JSON. A malformed line stops the replay with exit code 1.
                   --store PATH.db --case ID continues case ID stored in the SQLite file (created when missing)
                   and saves it back; another writer saving the case meanwhile is a conflict (exit code 1).
          diagram  prints the state diagram generated from the transition table (Mermaid by default).
        """;

    public static int Run(string[] args, CliIO io)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            (args.Length == 0 ? io.Error : io.Out).WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        return args[0] switch
        {
            "replay" => Replay(CliArgs.Parse(args[1..], ["--verbose"], ["--id", "--case", "--store"]), io),
            "diagram" => Diagram(CliArgs.Parse(args[1..], [], ["--format"]), io),
            _ => throw new CliUsageException($"unknown sub-command '{args[0]}'; use replay or diagram."),
        };
    }

    private static int Diagram(CliArgs a, CliIO io)
    {
        if (a.Positionals.Count > 0)
        {
            throw new CliUsageException($"diagram takes no arguments, not '{a.Positionals[0]}'.");
        }

        var table = ComplaintTransitionTable.Default;
        io.Out.Write(a.Choice("--format", "mermaid", "mermaid", "dot") == "dot"
            ? ComplaintDotGraph.Format(table)
            : ComplaintMermaidGraph.Format(table));
        return ExitCodes.Success;
    }

    private static int Replay(CliArgs a, CliIO io)
    {
        if (a.Positionals.Count > 0)
        {
            throw new CliUsageException($"replay reads events from stdin and takes no arguments, not '{a.Positionals[0]}'.");
        }

        var storePath = a.Get("--store");
        var caseId = a.Get("--case");
        if (caseId is not null && a.Get("--id") is not null)
        {
            throw new CliUsageException("give the case id once: --case ID (or --id ID), not both.");
        }

        if (storePath is not null && caseId is null)
        {
            throw new CliUsageException("--store PATH.db needs --case ID (the case to continue).");
        }

        if (storePath is not null && string.IsNullOrWhiteSpace(storePath))
        {
            throw new CliUsageException("--store must name a SQLite file.");
        }

        var id = caseId ?? a.Get("--id", "complaint-1")!;
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new CliUsageException(caseId is null ? "--id must not be blank." : "--case must not be blank.");
        }

        var verbose = a.Has("--verbose");
        var workflow = new ComplaintWorkflow();
        var store = storePath is null ? null : SqliteEtiquetteStore.ForFile(storePath);
        ComplaintCase? complaint = store is null ? null : store.FindComplaintAsync(id).AsTask().GetAwaiter().GetResult();
        var loadedVersion = complaint?.Version;
        var lineNumber = 0;
        while (io.In.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!TryParse(line, out var at, out var complaintEvent, out var problem))
            {
                io.Error.WriteLine($"cse complaint replay: line {lineNumber}: {problem}");
                return ExitCodes.DataError;
            }

            complaint ??= workflow.Start(id, at);
            var result = workflow.Apply(complaint, complaintEvent, at);
            complaint = result.Case;
            if (result.IsAccepted)
            {
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{{\"accepted\":true,\"state\":\"{complaint.State}\",\"version\":{complaint.Version}}}"));
            }
            else
            {
                io.Out.WriteLine($"{{\"accepted\":false,\"state\":\"{complaint.State}\",\"reason\":\"{result.Reason}\"}}");
                if (verbose)
                {
                    io.Error.WriteLine($"cse complaint replay: line {lineNumber}: rejected {complaintEvent.Trigger}: {result.Message}");
                }
            }
        }

        if (complaint is null)
        {
            io.Error.WriteLine("cse complaint replay: no events on stdin; give one JSON event per line.");
            return ExitCodes.DataError;
        }

        // Nothing accepted on a stored case: nothing to save (an update must continue the stored case).
        if (store is not null && complaint.Version != loadedVersion)
        {
            var saved = loadedVersion is null
                ? store.AddAsync(complaint).AsTask().GetAwaiter().GetResult()
                : store.UpdateAsync(complaint, loadedVersion.Value).AsTask().GetAwaiter().GetResult();
            if (!saved.IsSaved)
            {
                io.Error.WriteLine($"cse complaint replay: {storePath}: {saved.Message}");
                return ExitCodes.DataError;
            }
        }

        io.Out.WriteLine(ComplaintJson.Serialize(complaint));
        return ExitCodes.Success;
    }

    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
    ];

    /// <summary>
    /// ISO 8601 with an explicit offset only: a time without one would silently follow the machine's time zone, and
    /// forms such as 11/24/2026 are not ISO 8601.
    /// </summary>
    internal static bool TryParseIsoWithOffset(string text, out DateTimeOffset at)
    {
        at = default;
        var t = text.AsSpan();
        var hasOffset = t.Length > 0 && (t[^1] is 'Z' or 'z' || (t.Length > 6 && t[^6] is '+' or '-' && t[^3] == ':'));
        return hasOffset && DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out at);
    }

    private static bool TryParse(string line, out DateTimeOffset at, out ComplaintEvent complaintEvent, out string problem)
    {
        at = default;
        complaintEvent = null!;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            problem = $"malformed JSON: {ex.Message}";
            return false;
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = $"expected a JSON object, not {root.ValueKind}.";
                return false;
            }

            if (!root.TryGetProperty("at", out var atElement) || atElement.ValueKind == JsonValueKind.Null)
            {
                problem = "\"at\" is missing: \"at\" must be an ISO 8601 time with an offset, such as \"2026-11-24T10:00:00+08:00\".";
                return false;
            }

            if (atElement.ValueKind != JsonValueKind.String || !TryParseIsoWithOffset(atElement.GetString()!, out at))
            {
                problem = $"\"at\" must be an ISO 8601 time with an offset (Z or ±hh:mm), such as \"2026-11-24T10:00:00+08:00\", not {atElement.GetRawText()}.";
                return false;
            }

            try
            {
                complaintEvent = ComplaintJson.DeserializeEvent(root);
            }
            catch (ComplaintSerializationException ex)
            {
                problem = ex.Message;
                return false;
            }
        }

        problem = string.Empty;
        return true;
    }
}
