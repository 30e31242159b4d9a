using System.Text.RegularExpressions;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.Scip;

/// <summary>
/// Tells whether a top-level position lies in a multi-line import statement, from the document's source
/// when the repository holds it: `import {\n  merge,\n} from "lodash"` and `from yaml import (\n  load,\n)`
/// name functions on lines that reference no module, so the index alone cannot tell them from calls.
/// Deliberately strict: every line from the statement's opening bracket to the position must be a list of
/// plain names ("merge,", "load as l,"), so code in an object or dict literal is never taken for one.
/// </summary>
internal sealed partial class ImportStatements(string[] lines)
{
    /// <summary>How far back an import statement's first line may be.</summary>
    private const int MaxStatementLines = 200;

    /// <summary>Reads the source of a document; null when the repository does not hold it or refuses it.</summary>
    public static ImportStatements? Load(IRepositoryFiles repository, string path)
    {
        try
        {
            if (!repository.Exists(path))
            {
                return null;
            }

            using var reader = new StreamReader(repository.OpenRead(path));
            return new ImportStatements(reader.ReadToEnd().Split('\n'));
        }
        catch (Exception e) when (e is IOException or RepositoryFileException)
        {
            return null;
        }
    }

    /// <summary>Inside the brackets of a multi-line import? 0-based line (the column is not needed: the lines are name lists).</summary>
    public bool Contains(int line)
    {
        if (line >= lines.Length || !NameList().IsMatch(lines[line]))
        {
            return false;
        }

        for (var start = line - 1; start >= 0 && start > line - MaxStatementLines; start--)
        {
            if (ImportOpening().IsMatch(lines[start]))
            {
                return true;
            }

            if (!NameList().IsMatch(lines[start]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A line that opens a bracketed import list and leaves it open: `import {`, `import type { a,`, `export {`, `from x import (`.</summary>
    [GeneratedRegex(@"^\s*(?:(?:import|export)(?:\s+type)?(?:\s+[\w$]+\s*,)?\s*\{|from\s+[\w.]+\s+import\s*\()(?:\s*[\w$]+(?:\s+as\s+[\w$]+)?\s*,)*\s*(?://.*|#.*)?\r?$")]
    private static partial Regex ImportOpening();

    /// <summary>
    /// A line of an import list: names, each maybe aliased, each followed by a comma or the line's end; or a
    /// blank or comment line. (Each name must end at a comma or the end, so the engine cannot try the
    /// exponentially many ways of splitting a long identifier.)
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:type\s+)?[\w$]+(?:\s+as\s+[\w$]+)?\s*(?:,\s*|(?=//|#|\r?$)))*(?://.*|#.*)?\r?$")]
    private static partial Regex NameList();
}
