using Sightline.Analysis.Scip.Symbols;
using Xunit;

namespace Sightline.Analysis.Scip.Tests;

public sealed class SymbolNamesTests
{
    [Theory]
    [InlineData("scip-python python PyYAML 5.3.1 yaml/load().", "yaml.load")]
    [InlineData("scip-python python PyYAML 6.0.3 `yaml.loader`/FullLoader#", "yaml.loader.FullLoader")]
    [InlineData("scip-python python fixtureapp 1.0.0 `app.config`/Settings#__init__().", "app.config.Settings.__init__")]
    [InlineData("scip-python python python-stdlib 3.11 builtins/open().", "builtins.open")]
    [InlineData("scip-typescript npm lodash 4.17.21 lodash/`merge().`", null)]
    [InlineData("scip-typescript npm lodash 4.17.21 lodash/merge().", "lodash.merge")]
    [InlineData("scip-typescript npm @types/lodash 4.17.13 common/`string.d.ts`/`\"../index\"`/LoDashStatic#template().", "lodash.template")]
    [InlineData("scip-typescript npm lodash 4.17.21 `lodash.js`/merge().", "lodash.merge")]
    [InlineData("scip-typescript npm lodash 4.17.21 `index.d.ts`/chunk().", "lodash.chunk")]
    [InlineData("scip-typescript npm lodash 4.17.21 `merge.d.ts`/default().", "lodash.merge.default")]
    [InlineData("scip-typescript npm @types/babel__core 7.20.5 `index.d.ts`/transformSync().", "@babel/core.transformSync")]
    [InlineData("scip-typescript npm @types/node 20.1.0 `child_process.d.ts`/`\"child_process\"`/exec().", "node:child_process.exec")]
    [InlineData("scip-typescript npm typescript 5.9.3 lib/`lib.es5.d.ts`/JSON#parse().", "globalThis.JSON.parse")]
    [InlineData("scip-java maven com.acme:lib 1.0 com/acme/Util#run().", "com.acme.Util.run")]
    public void External_symbols_convert_to_fully_qualified_names(string symbol, string? expected)
    {
        var parsed = ScipSymbol.Parse(symbol);
        Assert.Equal(expected, parsed is null ? null : SymbolNames.External(parsed)?.Name);
    }

    [Fact]
    public void Dropped_type_names_are_kept_as_a_candidate()
    {
        var name = SymbolNames.External(ScipSymbol.Parse("scip-typescript npm adm-zip 0.5.10 `adm-zip.d.ts`/AdmZip#extractAllTo().")!);
        Assert.Equal("adm-zip.extractAllTo", name?.Name);
        Assert.Equal(["adm-zip.AdmZip.extractAllTo"], name?.Candidates);
    }

    [Theory]
    [InlineData("scip-typescript npm greeter 1.0.0 src/`render.ts`/Store#update().", "src/render.ts#Store.update")]
    [InlineData("scip-typescript npm greeter 1.0.0 src/`render.ts`/Cache#`<constructor>`().", "src/render.ts#Cache.constructor")]
    [InlineData("scip-typescript npm greeter 1.0.0 src/`index.ts`/", "src/index.ts#<module>")]
    [InlineData("scip-python python app 1.0 `app.main`/main().", "app.main.main")]
    public void Repository_symbols_get_the_ids_of_the_built_in_analysers(string symbol, string expected)
    {
        Assert.Equal(expected, SymbolNames.DefinitionId(ScipSymbol.Parse(symbol)!));
    }

    [Fact]
    public void Escaped_spaces_and_backquotes_are_unescaped()
    {
        var symbol = ScipSymbol.Parse("scip-x npm my  pkg 1.0 `a``b.ts`/f(+1).(x)")!;
        Assert.Equal("my pkg", symbol.Package);
        Assert.Equal(["a`b.ts", "f", "x"], symbol.Descriptors.Select(d => d.Name));
        Assert.False(symbol.IsCallable);
    }

    [Fact]
    public void Local_symbols_have_no_external_name()
    {
        var symbol = ScipSymbol.Parse("local 7")!;
        Assert.True(symbol.IsLocal);
        Assert.Null(SymbolNames.External(symbol));
    }
}
