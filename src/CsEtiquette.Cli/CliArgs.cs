namespace CsEtiquette.Cli;

/// <summary>
/// A small, strict parser for <c>--flag</c>, <c>--option value</c> (or <c>--option=value</c>), repeatable
/// options and positionals. Unknown flags raise <see cref="CliUsageException"/>.
/// </summary>
internal sealed class CliArgs
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Positionals { get; }

    private CliArgs(List<string> positionals) => Positionals = positionals;

    /// <param name="args">The arguments after the sub-command name.</param>
    /// <param name="flags">Options that take no value, e.g. <c>--no-hmm</c>.</param>
    /// <param name="options">Options that take a value, e.g. <c>--mode</c>.</param>
    public static CliArgs Parse(IReadOnlyList<string> args, IEnumerable<string> flags, IEnumerable<string> options)
    {
        var flagSet = new HashSet<string>(flags, StringComparer.Ordinal);
        var optionSet = new HashSet<string>(options, StringComparer.Ordinal);
        var positionals = new List<string>();
        var result = new CliArgs(positionals);
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--")
            {
                for (i++; i < args.Count; i++)
                {
                    positionals.Add(args[i]);
                }

                break;
            }

            if (!a.StartsWith("--", StringComparison.Ordinal) || a.Length == 2)
            {
                positionals.Add(a);
                continue;
            }

            string name = a, value = string.Empty;
            var eq = a.IndexOf('=', StringComparison.Ordinal);
            var hasInlineValue = eq > 0;
            if (hasInlineValue)
            {
                name = a[..eq];
                value = a[(eq + 1)..];
            }

            if (flagSet.Contains(name) && !hasInlineValue)
            {
                result._flags.Add(name);
            }
            else if (optionSet.Contains(name))
            {
                if (!hasInlineValue)
                {
                    if (i + 1 >= args.Count)
                    {
                        throw new CliUsageException($"option {name} needs a value.");
                    }

                    value = args[++i];
                }

                if (!result._values.TryGetValue(name, out var list))
                {
                    result._values[name] = list = [];
                }

                list.Add(value);
            }
            else
            {
                throw new CliUsageException($"unknown option '{name}'.");
            }
        }

        return result;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    /// <summary>The last value given for <paramref name="option"/>, or <paramref name="fallback"/>.</summary>
    public string? Get(string option, string? fallback = null) =>
        _values.TryGetValue(option, out var list) ? list[^1] : fallback;

    /// <summary>Every value given for a repeatable option, in order.</summary>
    public IReadOnlyList<string> GetAll(string option) =>
        _values.TryGetValue(option, out var list) ? list : [];

    /// <summary>The value of <paramref name="option"/>, which must be one of <paramref name="allowed"/>.</summary>
    public string Choice(string option, string fallback, params string[] allowed)
    {
        var v = Get(option, fallback)!;
        if (Array.IndexOf(allowed, v) < 0)
        {
            throw new CliUsageException($"{option} must be one of {string.Join('|', allowed)}, not '{v}'.");
        }

        return v;
    }

    /// <summary>Parses repeated <c>name=value</c> pairs such as <c>--slot 商品=保温杯</c>.</summary>
    public IReadOnlyDictionary<string, string> Pairs(string option)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in GetAll(option))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new CliUsageException($"{option} expects name=value, not '{pair}'.");
            }

            // Output is one line per input: a line break in a slot value would split it.
            if (pair.AsSpan().IndexOfAny('\n', '\r') >= 0 || pair.Contains('\u2028', StringComparison.Ordinal) || pair.Contains('\u2029', StringComparison.Ordinal))
            {
                throw new CliUsageException($"{option} {pair[..eq]}: the value must be one line (no line break).");
            }

            d[pair[..eq]] = pair[(eq + 1)..];
        }

        return d;
    }
}
