using Xunit;

namespace Sightline.Analysis.Go.Tests;

/// <summary>Syntax the parser must read without losing a statement; each form once broke it on real code.</summary>
public sealed class ParserFormsTests
{
    private static Core.Code.FileAnalysis One(string text) =>
        Analysis.Files(("go.mod", "module example.com/p\n"), ("a.go", text)).File("a.go");

    [Theory]
    [InlineData("func F(v []int, i int) {\n\tif v[i] != v[0] {\n\t\tg()\n\t}\n}")]
    [InlineData("func F() {\n\tfor x := range (T{}) {\n\t\tg()\n\t}\n}\n\ntype T []int")]
    [InlineData("func F() {\nloop:\n\t;\n\tg()\n}")]
    [InlineData("type C[T any] struct{}\n\ntype D struct {\n\tC[*int]\n\tn int `json:\"n\"`\n}\n\nfunc F() { g() }")]
    [InlineData("const n = 64\n\ntype Bits [n / 8]uint8\n\nfunc F() { g() }")]
    [InlineData("func F() {\n\tx := struct{ a, b int }{1, 2}\n\t_ = x\n\tg()\n}")]
    [InlineData("func F[K comparable, V ~[]E, E any](m map[K]V) {\n\tselect {\n\tcase v := <-make(chan int):\n\t\t_ = v\n\tdefault:\n\t}\n\tg()\n}")]
    [InlineData("func F() {\n\tn := 0x1F + 0o17 + 0b1010 + 1_000 + 'a' + '\\''\n\tf := 1.5e-3 + 0x1p-2 + 2i\n\t_, _ = n, f\n\tg()\n}")]
    public void Real_world_forms_parse_without_warnings(string body)
    {
        var file = One("package p\n\nfunc g() {}\n\n" + body + "\n");

        Assert.Empty(file.Warnings);
        Assert.Contains(file.Calls, c => c.Callee == "example.com/p.g");
    }

    [Fact]
    public void Package_variables_type_assertions_new_and_ranges_carry_declared_types()
    {
        var file = One("""
            package p

            import "net/http"

            var client = &http.Client{}

            func F(v any, all []*http.Client) {
            	client.Do(nil)
            	v.(*http.Client).Get("")
            	n := new(http.Client)
            	n.Head("")
            	for _, c := range all {
            		c.Post("", "", nil)
            	}
            }
            """);

        Assert.Equal(
            ["External net/http.Client.Do", "External net/http.Client.Get", "External net/http.Client.Head", "External net/http.Client.Post"],
            file.Callees());
    }
}
