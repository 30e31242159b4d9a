using Sightline.Advisories.Symbols;
using Xunit;
using static Sightline.Advisories.Tests.Symbols.SymbolFixtures;

namespace Sightline.Advisories.Tests.Symbols;

public class MalformedSymbolsTests
{
    [Theory]
    [InlineData("""{ "imports": "lodash.merge" }""", "imports must be an array")]
    [InlineData("""{ "imports": { "path": "lodash" } }""", "imports must be an array")]
    [InlineData("""{ "imports": [ "lodash.merge" ] }""", "imports[0] must be an object")]
    [InlineData("""{ "imports": [ { "symbols": ["merge"] } ] }""", "imports[0].path must be")]
    [InlineData("""{ "imports": [ { "path": 42, "symbols": ["merge"] } ] }""", "imports[0].path must be")]
    [InlineData("""{ "imports": [ { "path": "", "symbols": ["merge"] } ] }""", "imports[0].path must be")]
    [InlineData("""{ "imports": [ { "path": "lodash.", "symbols": ["merge"] } ] }""", "imports[0].path must be")]
    [InlineData("""{ "imports": [ { "path": "lodash", "symbols": "merge" } ] }""", "imports[0].symbols must be an array")]
    [InlineData("""{ "imports": [ { "path": "lodash", "symbols": [ 7 ] } ] }""", "invalid entry 7")]
    [InlineData("""{ "imports": [ { "path": "lodash", "symbols": [ "" ] } ] }""", "invalid entry")]
    [InlineData("""{ "imports": [ { "path": "lodash", "symbols": [ ".merge" ] } ] }""", "invalid entry")]
    [InlineData("""{ "imports": [ { "path": "lodash", "symbols": [ "a..b" ] } ] }""", "invalid entry")]
    [InlineData("""{ "imports": [ { "path": "lodash", "symbols": [ "two words" ] } ] }""", "invalid entry")]
    [InlineData("""{ "imports": [ { "path": "lodash", "symbols": [ { "name": "merge" } ] } ] }""", "invalid entry")]
    [InlineData("""{ "affects": [ "smallvec::insert" ] }""", "affects must be an object")]
    [InlineData("""{ "affects": { "functions": "smallvec::insert" } }""", "functions must be an array")]
    [InlineData("""{ "affects": { "functions": [ "insert_many" ] } }""", "expected \"crate::path::function\"")]
    [InlineData("""{ "affects": { "functions": [ "smallvec::::insert" ] } }""", "expected \"crate::path::function\"")]
    [InlineData("""{ "affects": { "functions": [ null ] } }""", "expected \"crate::path::function\"")]
    public void MalformedEcosystemSpecific_GivesNoSymbols_AndSaysWhy(string ecosystemSpecific, string reason)
    {
        var set = VulnerableSymbols.From(Record("npm", "lodash", ecosystemSpecific));

        Assert.Empty(set.Symbols);
        var problem = Assert.Single(set.Problems);
        Assert.StartsWith("npm/lodash: ", problem, StringComparison.Ordinal);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void OneBadEntry_WithdrawsEveryOtherSymbolOfTheAdvisory()
    {
        // A partial list could miss the very function that is called; no symbols means "treat as affected".
        var advisory = Json("""
            { "id": "TEST-3", "affected": [
              { "package": { "ecosystem": "npm", "name": "lodash" }, "ecosystem_specific": { "imports": [ { "path": "lodash", "symbols": ["merge"] } ] } },
              { "package": { "ecosystem": "npm", "name": "lodash-es" }, "ecosystem_specific": { "imports": [ { "path": "lodash-es", "symbols": [ 1 ] } ] } } ] }
            """);

        var set = VulnerableSymbols.From(advisory);

        Assert.Empty(set.Symbols);
        Assert.StartsWith("npm/lodash-es: ", Assert.Single(set.Problems), StringComparison.Ordinal);
        Assert.Equal(["lodash.merge"], VulnerableSymbols.From(advisory.Affected[0]).Symbols.Select(s => s.FullName));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1, 2]")]
    [InlineData("\"text\"")]
    public void EcosystemSpecificTextThatIsNotAnObject_GivesAProblem_NotAnException(string text)
    {
        var advisory = Record("npm", "lodash", "{}") is var a ? a with { Affected = [a.Affected[0] with { EcosystemSpecificJson = text }] } : null!;

        var set = VulnerableSymbols.From(advisory);

        Assert.Empty(set.Symbols);
        Assert.Single(set.Problems);
    }

    [Fact]
    public void DeeplyNestedEcosystemSpecific_GivesAProblem_NotAnException()
    {
        var deep = new string('[', 500) + new string(']', 500);
        var advisory = Record("npm", "lodash", "{}") is var a ? a with { Affected = [a.Affected[0] with { EcosystemSpecificJson = "{\"imports\":" + deep + "}" }] } : null!;

        var set = VulnerableSymbols.From(advisory);

        Assert.Empty(set.Symbols);
        Assert.Single(set.Problems);
    }
}
