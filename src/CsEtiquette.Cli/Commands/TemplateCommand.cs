using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsEtiquette.Templates;

namespace CsEtiquette.Cli.Commands;

/// <summary>
/// <c>cse template list|show|render</c>: browse the reply templates and render one.
/// Exit codes: 0 success, 1 unknown template / missing slot / bad pack, 2 usage.
/// </summary>
internal static class TemplateCommand
{
    private const string Usage = """
        usage: cse template list [--pack PATH]... [--format text|json]
               cse template show ID [--pack PATH]...
               cse template render ID [--slot name=value]... [--channel text|voice]
                                      [--at 2026-11-24T09:30:00+08:00] [--seed N] [--turn N] [--variant N]
                                      [--option TEXT]... (choice.offer) [--step TEXT]... (steps.structured)
                                      [--pack PATH]... [--format text|json]
        """;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args, CliIO io)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? io.Error : io.Out).WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "list" => List(rest, io),
                "show" => Show(rest, io),
                "render" => Render(rest, io),
                _ => throw new CliUsageException($"unknown sub-command '{args[0]}' (expected list, show or render).\n{Usage}"),
            };
        }
        catch (TemplateNotFoundException ex)
        {
            io.Error.WriteLine($"cse template: {ex.Message}");
            return ExitCodes.DataError;
        }
        catch (TemplateRenderException ex)
        {
            io.Error.WriteLine($"cse template: {ex.Message}");
            return ExitCodes.DataError;
        }
        catch (TemplatePackException ex)
        {
            io.Error.WriteLine($"cse template: {ex.Message}");
            return ExitCodes.DataError;
        }
    }

    private static int List(string[] args, CliIO io)
    {
        var a = CliArgs.Parse(args, [], ["--pack", "--format"]);
        if (a.Positionals.Count > 0)
        {
            throw new CliUsageException($"list takes no arguments, not '{a.Positionals[0]}'.");
        }

        var format = a.Choice("--format", "text", "text", "json");
        var library = LoadLibrary(a);
        if (format == "json")
        {
            foreach (var t in library.Templates)
            {
                io.Out.WriteLine(ToJson(t));
            }

            return ExitCodes.Success;
        }

        var width = 0;
        foreach (var t in library.Templates)
        {
            width = Math.Max(width, t.Id.Length);
        }

        foreach (var t in library.Templates)
        {
            io.Out.WriteLine($"{t.Id.PadRight(width)}  {t.Scenario}  [{t.Variants.Count} variants]  {DescribeSlots(t)}");
        }

        io.Out.WriteLine($"{library.Count} templates. Slots: name* required, name=default optional, name(auto) from the clock.");
        return ExitCodes.Success;
    }

    private static int Show(string[] args, CliIO io)
    {
        var a = CliArgs.Parse(args, [], ["--pack"]);
        var id = SingleId(a, "show");
        var t = LoadLibrary(a).Get(id);
        io.Out.WriteLine($"{t.Id}  {t.Scenario}");
        if (t.Description.Length > 0)
        {
            io.Out.WriteLine(t.Description);
        }

        io.Out.WriteLine("slots:");
        foreach (var s in t.Slots)
        {
            var kind = s.IsAutomatic ? "auto" : s.IsRequired ? "required" : $"default {s.Default ?? "(inline)"}";
            io.Out.WriteLine($"  {s.Name} ({kind}) e.g. {s.Sample}{(s.Description.Length > 0 ? " — " + s.Description : string.Empty)}");
        }

        io.Out.WriteLine("variants:");
        for (var i = 0; i < t.Variants.Count; i++)
        {
            io.Out.WriteLine($"  [{i}] {t.Variants[i]}");
        }

        return ExitCodes.Success;
    }

    private static int Render(string[] args, CliIO io)
    {
        var a = CliArgs.Parse(args, [], ["--slot", "--channel", "--at", "--seed", "--turn", "--variant", "--option", "--step", "--pack", "--format"]);
        var id = SingleId(a, "render");
        var slots = a.Pairs("--slot");
        var channel = a.Choice("--channel", "text", "text", "voice") == "voice" ? ReplyChannel.Voice : ReplyChannel.Text;
        var format = a.Choice("--format", "text", "text", "json");
        var at = ParseAt(a.Get("--at"));
        var seed = ParseNumber(a.Get("--seed"), "--seed", long.MinValue);
        var turn = (int)ParseNumber(a.Get("--turn"), "--turn", 0);
        int? variant = a.Get("--variant") is null ? null : (int)ParseNumber(a.Get("--variant"), "--variant", 0);
        var options = a.GetAll("--option");
        var steps = a.GetAll("--step");

        var renderer = new TemplateRenderer(LoadLibrary(a));
        var context = new RenderContext(at) { Channel = channel, Seed = seed, Turn = turn, Variant = variant };

        RenderedReply reply;
        try
        {
            if (options.Count > 0)
            {
                RequireId(id, TemplateIds.ChoiceOffer, "--option");
                reply = renderer.RenderChoices(options, slots, context);
            }
            else if (steps.Count > 0)
            {
                RequireId(id, TemplateIds.StepsStructured, "--step");
                reply = renderer.RenderSteps(steps, slots, context);
            }
            else
            {
                reply = renderer.Render(id, slots, context);
            }
        }
        catch (ArgumentException ex) when (ex is not ArgumentNullException)
        {
            throw new CliUsageException(FirstLine(ex.Message));
        }

        if (format == "json")
        {
            io.Out.WriteLine(ToJson(reply));
        }
        else
        {
            io.Out.WriteLine(reply.Text);
        }

        return ExitCodes.Success;
    }

    private static TemplateLibrary LoadLibrary(CliArgs a)
    {
        var library = TemplateLibrary.Default;
        foreach (var path in a.GetAll("--pack"))
        {
            library = library.WithPack(path);
        }

        return library;
    }

    private static string SingleId(CliArgs a, string verb)
    {
        if (a.Positionals.Count == 0)
        {
            throw new CliUsageException($"{verb} needs a template id (see `cse template list`).");
        }

        if (a.Positionals.Count > 1)
        {
            throw new CliUsageException($"{verb} takes one template id, not '{string.Join(' ', a.Positionals)}'.");
        }

        return a.Positionals[0];
    }

    private static void RequireId(string id, string expected, string option)
    {
        if (id != expected)
        {
            throw new CliUsageException($"{option} only applies to {expected}, not '{id}'.");
        }
    }

    private static DateTimeOffset ParseAt(string? value)
    {
        if (value is null)
        {
            return TimeProvider.System.GetLocalNow();
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var at)
            ? at
            : throw new CliUsageException($"--at expects an ISO 8601 time such as 2026-11-24T09:30:00+08:00, not '{value}'.");
    }

    private static long ParseNumber(string? value, string option, long min)
    {
        if (value is null)
        {
            return 0;
        }

        return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && (option == "--seed" || n <= int.MaxValue)
            ? n
            : throw new CliUsageException($"{option} expects {(min == 0 ? "a non-negative integer" : "an integer")}, not '{value}'.");
    }

    private static string DescribeSlots(ReplyTemplate t)
    {
        if (t.Slots.Count == 0)
        {
            return "(no slots)";
        }

        var sb = new StringBuilder();
        foreach (var s in t.Slots)
        {
            if (sb.Length > 0)
            {
                sb.Append(", ");
            }

            sb.Append(s.Name);
            if (s.IsAutomatic)
            {
                sb.Append("(auto)");
            }
            else if (s.IsRequired)
            {
                sb.Append('*');
            }
            else if (s.Default is not null)
            {
                sb.Append('=').Append(s.Default);
            }
        }

        return sb.ToString();
    }

    private static string ToJson(ReplyTemplate t)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("id", t.Id);
            w.WriteString("scenario", t.Scenario);
            w.WriteString("description", t.Description);
            w.WriteNumber("variants", t.Variants.Count);
            w.WriteStartArray("slots");
            foreach (var s in t.Slots)
            {
                w.WriteStartObject();
                w.WriteString("name", s.Name);
                w.WriteBoolean("required", s.IsRequired);
                w.WriteBoolean("automatic", s.IsAutomatic);
                if (s.Default is null)
                {
                    w.WriteNull("default");
                }
                else
                {
                    w.WriteString("default", s.Default);
                }

                w.WriteString("sample", s.Sample);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static string ToJson(RenderedReply reply)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("text", reply.Text);
            w.WriteString("template", reply.TemplateId);
            w.WriteNumber("variant", reply.VariantIndex);
            w.WriteString("channel", reply.Channel == ReplyChannel.Voice ? "voice" : "text");
            if (reply.EstimatedSpeakingTime is { } t)
            {
                w.WriteNumber("speakingSeconds", Math.Round(t.TotalSeconds, 1));
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static string FirstLine(string message)
    {
        var nl = message.IndexOf('\n', StringComparison.Ordinal);
        return nl < 0 ? message : message[..nl];
    }
}
