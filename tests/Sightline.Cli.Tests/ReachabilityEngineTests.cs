using Sightline.Core.Code;
using Sightline.Core.Model;
using Sightline.Engine.Reachability;
using Sightline.Store;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>The verdict engine on hand-written analyses: the call graph, entry points, test code and imports.</summary>
public class ReachabilityEngineTests
{
    private static readonly string[] Template = ["lodash.template"];

    private static ReachabilityVerdict Judge(string[] symbols, params FileAnalysis[] files)
    {
        using var temp = new TempFolder();
        using var store = SightlineStore.Open(temp.Database);
        store.ReplaceRepository(new RepositoryIndex("svc", temp.Path, "r1", RevisionKind.Content, null, "sig", [], [])
        {
            Code = [.. files.Select(f => new StoredCodeFile("javascript", 1, "hash-" + f.Path, f))],
        });
        return new ReachabilityAnalyzer(store).Evaluate("svc", Ecosystem.Npm, "lodash", symbols);
    }

    private static CodeCall Local(string caller, string callee, int line) => new(caller, CallKind.Local, callee, callee, line, 3);

    private static CodeCall External(string caller, string callee, int line) => new(caller, CallKind.External, callee, callee, line, 5);

    private static readonly CodeImport Lodash = new("lodash", "lodash", 1, 11) { Alias = "_" };

    [Fact]
    public void EntryPathToTheCall_IsReachable_WithTheShortestTrace()
    {
        var server = new FileAnalysis("src/server.js", "javascript")
        {
            Definitions =
            [
                new CodeDefinition("src/server.js#<anonymous@10:20>", "handler", DefinitionKind.Lambda, 10, 12) { Entry = EntryPointKind.HttpHandler },
                new CodeDefinition("src/server.js#render", "render", DefinitionKind.Function, 20, 22),
                new CodeDefinition("src/server.js#format", "format", DefinitionKind.Function, 30, 32),
            ],
            Imports = [Lodash],
            Calls = [Local("src/server.js#<anonymous@10:20>", "src/server.js#render", 11), Local("src/server.js#render", "src/server.js#format", 21), External("src/server.js#format", "lodash.template", 31)],
        };

        var verdict = Judge(Template, server);

        Assert.Equal(Verdict.Reachable, verdict.Verdict);
        Assert.Equal(
            ["src/server.js#<anonymous@10:20> -> src/server.js#render @11", "src/server.js#render -> src/server.js#format @21", "src/server.js#format -> lodash.template @31"],
            verdict.Trace.Select(f => $"{f.Caller} -> {f.Callee} @{f.Line}"));
    }

    [Fact]
    public void CallWithoutEntryPath_IsCalled_AndTestUseIsApart()
    {
        var legacy = new FileAnalysis("src/legacy.js", "javascript")
        {
            Definitions = [new CodeDefinition("src/legacy.js#renderLegacy", "renderLegacy", DefinitionKind.Function, 3, 5)],
            Imports = [Lodash],
            Calls = [External("src/legacy.js#renderLegacy", "lodash.template", 4)],
        };
        var test = new FileAnalysis("test/legacy.test.js", "javascript")
        {
            IsTest = true,
            Definitions = [new CodeDefinition("test/legacy.test.js#<module>", "<module>", DefinitionKind.Module, 1, 9) { Entry = EntryPointKind.ModuleCode }],
            Calls = [External("test/legacy.test.js#<module>", "lodash.template", 7)],
        };

        var verdict = Judge(Template, legacy, test);

        Assert.Equal(Verdict.Called, verdict.Verdict);
        var site = Assert.Single(verdict.CallSites);
        Assert.Equal(("src/legacy.js", 4), (site.File, site.Line));
        Assert.Equal("test/legacy.test.js", Assert.Single(verdict.TestCallSites).File);
        Assert.Empty(verdict.Trace);
    }

    [Fact]
    public void TestOnlyCall_DoesNotMakeProductionCodeReachable()
    {
        var test = new FileAnalysis("test/a.test.js", "javascript")
        {
            IsTest = true,
            Definitions = [new CodeDefinition("test/a.test.js#<module>", "<module>", DefinitionKind.Module, 1, 9) { Entry = EntryPointKind.ModuleCode }],
            Imports = [Lodash],
            Calls = [External("test/a.test.js#<module>", "lodash.template", 2)],
        };

        var verdict = Judge(Template, test);

        Assert.Equal(Verdict.NotImported, verdict.Verdict);
        Assert.Single(verdict.TestCallSites);
    }

    [Fact]
    public void ImportWithoutVulnerableCall_IsImported()
    {
        var file = new FileAnalysis("src/a.js", "javascript")
        {
            Definitions = [new CodeDefinition("src/a.js#<module>", "<module>", DefinitionKind.Module, 1, 9) { Entry = EntryPointKind.ModuleCode }],
            Imports = [Lodash],
            Calls = [External("src/a.js#<module>", "lodash.get", 3)],
        };

        var verdict = Judge(Template, file);

        Assert.Equal(Verdict.Imported, verdict.Verdict);
        var import = Assert.Single(verdict.Imports);
        Assert.Equal(("src/a.js", 1, 11), (import.File, import.Line, import.Column));
    }

    [Fact]
    public void AnyUseSymbol_MatchesEveryCallIntoThePath_AndCandidatesCount()
    {
        var file = new FileAnalysis("src/a.js", "javascript")
        {
            Definitions = [new CodeDefinition("src/a.js#<module>", "<module>", DefinitionKind.Module, 1, 9) { Entry = EntryPointKind.ModuleCode }],
            Calls = [new CodeCall("src/a.js#<module>", CallKind.External, null, "x.y()", 4, 1) { Candidates = ["other.y", "lodash.fp.y"] }],
        };

        var verdict = Judge(["lodash.*"], file);

        Assert.Equal(Verdict.Reachable, verdict.Verdict);
        Assert.Equal("lodash.fp.y", verdict.Trace[^1].Callee);
    }

    [Fact]
    public void NoSymbols_IsUnknown_TreatedAsAffected()
    {
        var file = new FileAnalysis("src/a.js", "javascript") { Imports = [Lodash] };

        var verdict = Judge([], file);

        Assert.Equal(Verdict.Unknown, verdict.Verdict);
        Assert.Contains("names no vulnerable symbols", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EcosystemWithoutAnalyser_IsUnknown()
    {
        using var temp = new TempFolder();
        using var store = SightlineStore.Open(temp.Database);

        var verdict = new ReachabilityAnalyzer(store).Evaluate("svc", Ecosystem.Cargo, "regex", ["regex.Regex.new"]);

        Assert.Equal(Verdict.Unknown, verdict.Verdict);
        Assert.Contains("no source analyser for Cargo", verdict.Reason, StringComparison.Ordinal);
    }
}
