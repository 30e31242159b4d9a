using Acornima.Ast;
using Sightline.Analysis.JavaScript.Linking;
using Sightline.Analysis.JavaScript.Model;
using Sightline.Core.Code;

namespace Sightline.Analysis.JavaScript.Walk;

internal sealed partial class ModuleWalker
{
    /// <summary>
    /// ESM imports bind at hoisting time. The default import of a package is the package itself (what
    /// CommonJS interop gives); a named import is a member of it.
    /// </summary>
    private void DeclareImport(ImportDeclaration import)
    {
        var specifier = import.Source.Value;
        var module = _specifiers.Load(_model.Path, specifier);
        if (import.Specifiers.Count == 0)
        {
            AddImport(specifier, alias: null, import);
        }

        foreach (var item in import.Specifiers)
        {
            var value = item switch
            {
                ImportNamespaceSpecifier => module,
                ImportDefaultSpecifier => Default(module),
                ImportSpecifier { Imported: var imported } when KeyName(imported) is { } name =>
                    name == "default" ? Default(module) : Values.Member(module, name),
                _ => UnknownValue.Instance,
            };
            _scope.Declare(item.Local.Name, value);
            AddImport(specifier, item.Local.Name, import);
        }
    }

    private static Binding Default(Binding module) => module is LocalModule local ? new ExportRef(local.File, "default") : module;

    /// <summary>
    /// `const x = require("p")`, `const {a, b: c} = require("p")`, `const m = await import("p")`: one
    /// import per name bound, so each alias is known.
    /// </summary>
    private void RecordImportsOf(Node target, Expression init)
    {
        var source = init;
        var throughCall = false;
        while (true)
        {
            switch (source)
            {
                case AwaitExpression await:
                    source = await.Argument;
                    continue;
                case ChainExpression or ParenthesizedExpression:
                    source = Unwrap(source);
                    continue;
                case MemberExpression member:
                    source = member.Object;
                    continue;
                case CallExpression call when RequiredSpecifier(call) is null:
                    // `const app = require("express")()`: app is what the call returns, not the module.
                    source = call.Callee;
                    throughCall = true;
                    continue;
            }

            break;
        }

        var specifier = source switch
        {
            CallExpression call => RequiredSpecifier(call),
            ImportExpression import => LiteralText(import.Source),
            _ => null,
        };
        if (specifier is null)
        {
            return;
        }

        _recordedRequires.Add(source);
        var names = new List<string?>();
        if (!throughCall)
        {
            CollectNames(target, names);
        }

        foreach (var name in names.Count == 0 ? [null] : names)
        {
            AddImport(specifier, name, source);
        }
    }

    private static void CollectNames(Node? pattern, List<string?> names)
    {
        switch (pattern)
        {
            case Identifier identifier:
                names.Add(identifier.Name);
                break;
            case ObjectPattern objectPattern:
                foreach (var property in objectPattern.Properties)
                {
                    CollectNames(property is AssignmentProperty assignment ? assignment.Value : property, names);
                }

                break;
            case ArrayPattern array:
                foreach (var element in array.Elements)
                {
                    CollectNames(element, names);
                }

                break;
            case AssignmentPattern assignment:
                CollectNames(assignment.Left, names);
                break;
            case RestElement rest:
                CollectNames(rest.Argument, names);
                break;
        }
    }

    /// <summary>Packages and builtins are listed; the repository's own files are not (they are followed instead).</summary>
    private void AddImport(string specifier, string? alias, Node at)
    {
        if (Specifiers.IsRelative(specifier) || Specifiers.Package(specifier) is not { } package)
        {
            return;
        }

        var (line, column) = _lines.Position(at.Start);
        _model.Imports.Add(new CodeImport(specifier, package, line, column) { Alias = alias });
    }
}
