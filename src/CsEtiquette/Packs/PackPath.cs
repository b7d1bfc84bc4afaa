using System.Globalization;

namespace CsEtiquette.Packs;

/// <summary>
/// JSON paths in pack errors, written the way System.Text.Json writes them: <c>$.rules[3].severty</c>, and
/// <c>$['a b']</c> only for a name with a character that would make the dotted form ambiguous.
/// </summary>
internal static class PackPath
{
    public const string Root = "$";

    public static string Member(string path, string name) =>
        NeedsBrackets(name) ? $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']" : $"{path}.{name}";

    public static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    private static bool NeedsBrackets(string name)
    {
        if (name.Length == 0)
        {
            return true;
        }

        foreach (var c in name)
        {
            if (c is '.' or '\'' or ' ' or '[' or ']' or '(' or ')' or '\\' or '\u0085' or '\u2028' or '\u2029' || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
