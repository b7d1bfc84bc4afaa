using System.Globalization;

namespace CsEtiquette.Linting.Engine;

/// <summary>A rule's detector settings: strings, integers and string lists, with the JSON path for errors.</summary>
internal sealed class RuleSettings
{
    public RuleSettings(
        string source,
        string jsonPath,
        IReadOnlyDictionary<string, string> strings,
        IReadOnlyDictionary<string, int> numbers,
        IReadOnlyDictionary<string, string[]> lists)
    {
        Source = source;
        JsonPath = jsonPath;
        Strings = strings;
        Numbers = numbers;
        Lists = lists;
    }

    public static RuleSettings Empty { get; } = new("(none)", "$", new Dictionary<string, string>(), new Dictionary<string, int>(), new Dictionary<string, string[]>());

    public string Source { get; }

    public string JsonPath { get; }

    /// <summary>String values; nested objects are flattened with dots ("sentences.Angry").</summary>
    public IReadOnlyDictionary<string, string> Strings { get; }

    public IReadOnlyDictionary<string, int> Numbers { get; }

    public IReadOnlyDictionary<string, string[]> Lists { get; }

    public string GetString(string key, string fallback) => Strings.TryGetValue(key, out var v) ? v : fallback;

    public int GetNumber(string key, int fallback, int min, int max)
    {
        if (!Numbers.TryGetValue(key, out var v))
        {
            return fallback;
        }

        if (v < min || v > max)
        {
            throw new RulePackException(Source, $"{JsonPath}.{key}", string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max}, not {v}"));
        }

        return v;
    }

    public string[] GetList(string key) => Lists.TryGetValue(key, out var v) ? v : [];
}
