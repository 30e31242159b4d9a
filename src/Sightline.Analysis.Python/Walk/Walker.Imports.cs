using Sightline.Analysis.Python.Model;
using Sightline.Analysis.Python.Parsing;
using Sightline.Core.Code;

namespace Sightline.Analysis.Python.Walk;

internal sealed partial class Walker
{
    /// <summary>`import a.b.c` binds a; `import a.b as c` binds c to a.b.</summary>
    private void Import(int s, int e)
    {
        var i = s;
        while (i < e)
        {
            var start = _tokens[i];
            var dotted = Dotted(ref i, e);
            if (dotted.Length == 0)
            {
                i++;
                continue;
            }

            string? alias = null;
            if (i + 1 < e && _tokens[i].IsName("as") && _tokens[i + 1].Kind == TokenKind.Name)
            {
                alias = _tokens[i + 1].Text;
                i += 2;
            }

            var top = dotted.Split('.')[0];
            Bind(Current.Scope, alias ?? top, Value.Of(alias is null ? top : dotted));
            _model.Imports.Add(new CodeImport(dotted, top, start.Line, start.Column) { Alias = alias ?? top });
            i++;
        }
    }

    /// <summary>`from [.]*a.b import c as d, *`: d binds to a.b.c; a relative module is made absolute from this file's package.</summary>
    private void FromImport(int s, int e)
    {
        var level = 0;
        var i = s;
        while (i < e && (_tokens[i].Is(".") || _tokens[i].Is("...")))
        {
            level += _tokens[i].Text.Length;
            i++;
        }

        var start = _tokens[s];
        var module = Dotted(ref i, e);
        if (level > 0)
        {
            module = Relative(level, module);
        }

        if (module.Length == 0 || i >= e || !_tokens[i].IsName("import"))
        {
            _model.Warnings.Add(new CodeWarning("syntax error: cannot read the from-import", start.Line));
            return;
        }

        var top = module.Split('.')[0];
        for (i++; i < e; i++)
        {
            var t = _tokens[i];
            if (t.Is("*"))
            {
                Current.Scope.StarModules.Add(module);
                Record(null);
            }
            else if (t.Kind == TokenKind.Name)
            {
                var alias = t.Text;
                if (i + 2 < e && _tokens[i + 1].IsName("as"))
                {
                    alias = _tokens[i + 2].Text;
                    i += 2;
                }

                Bind(Current.Scope, alias, Value.Of(module + "." + t.Text));
                Record(alias);
            }
        }

        void Record(string? alias)
        {
            if (level == 0)
            {
                _model.Imports.Add(new CodeImport(module, top, start.Line, start.Column) { Alias = alias });
            }
        }
    }

    private string Relative(int level, string module)
    {
        var parts = _model.Module.Split('.').ToList();
        var drop = (_isPackageInit ? 0 : 1) + level - 1;
        parts.RemoveRange(Math.Max(0, parts.Count - drop), Math.Min(drop, parts.Count));
        if (module.Length > 0)
        {
            parts.Add(module);
        }

        return string.Join('.', parts);
    }

    private string Dotted(ref int i, int e)
    {
        var parts = new List<string>();
        while (i < e && _tokens[i].Kind == TokenKind.Name && !Keywords.IsReserved(_tokens[i].Text))
        {
            parts.Add(_tokens[i].Text);
            if (i + 1 < e && _tokens[i + 1].Is("."))
            {
                i += 2;
            }
            else
            {
                i++;
                break;
            }
        }

        return string.Join('.', parts);
    }
}
