using System.Text;

namespace CsEtiquette.Complaints.Graph;

/// <summary>
/// Renders a <see cref="ComplaintTransitionTable"/> as a Mermaid <c>stateDiagram-v2</c> (one line per table row,
/// in table order, <c>\n</c> line ends, ending with a newline). Deterministic and thread-safe.
/// </summary>
public static class ComplaintMermaidGraph
{
    /// <summary>Formats the table.</summary>
    /// <param name="table">The table, usually <see cref="ComplaintTransitionTable.Default"/>.</param>
    /// <returns>The Mermaid source, starting with <c>stateDiagram-v2</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string Format(ComplaintTransitionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.Append("stateDiagram-v2\n");
        sb.Append("    [*] --> ").Append(table.InitialState).Append('\n');
        foreach (var t in table.Transitions)
        {
            sb.Append("    ").Append(t.From).Append(" --> ").Append(t.To).Append(" : ").Append(t.Label).Append('\n');
        }

        foreach (var s in table.TerminalStates)
        {
            sb.Append("    ").Append(s).Append(" --> [*]\n");
        }

        return sb.ToString();
    }
}
