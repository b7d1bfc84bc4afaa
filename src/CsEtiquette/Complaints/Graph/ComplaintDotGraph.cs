using System.Text;

namespace CsEtiquette.Complaints.Graph;

/// <summary>
/// Renders a <see cref="ComplaintTransitionTable"/> as a Graphviz DOT digraph (one edge per table row, in table
/// order, <c>\n</c> line ends). Deterministic and thread-safe. Render with <c>dot -Tsvg</c>.
/// </summary>
public static class ComplaintDotGraph
{
    /// <summary>Formats the table.</summary>
    /// <param name="table">The table, usually <see cref="ComplaintTransitionTable.Default"/>.</param>
    /// <returns>The DOT source, starting with <c>digraph ComplaintWorkflow {</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string Format(ComplaintTransitionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.Append("digraph ComplaintWorkflow {\n");
        sb.Append("    rankdir=LR;\n");
        sb.Append("    node [shape=box, style=rounded];\n");
        sb.Append("    \"__start\" [shape=point, label=\"\"];\n");
        foreach (var s in table.TerminalStates)
        {
            sb.Append("    \"").Append(s).Append("\" [peripheries=2];\n");
        }

        sb.Append("    \"__start\" -> \"").Append(table.InitialState).Append("\";\n");
        foreach (var t in table.Transitions)
        {
            sb.Append("    \"").Append(t.From).Append("\" -> \"").Append(t.To)
                .Append("\" [label=\"").Append(t.Label).Append("\"];\n");
        }

        sb.Append("}\n");
        return sb.ToString();
    }
}
