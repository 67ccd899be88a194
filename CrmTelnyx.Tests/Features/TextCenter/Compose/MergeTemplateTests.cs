using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter.Compose;

namespace CrmTelnyx.Tests.Features.TextCenter.Compose;

public sealed class MergeTemplateTests
{
    private static readonly Contact Ana = new() { FirstName = "Ana", LastName = "Silva", Company = "Acme", State = "IL", Phone = "+13125550100" };
    private static readonly Contact Nameless = new() { FirstName = "", LastName = "", Phone = "+13125550101" };

    private static MergeTemplate.Rendered Render(string template, Contact contact) => MergeTemplate.Parse(template).Render(MergeFields.Of(contact));

    [Fact]
    public void Fields_take_the_contact_s_values()
    {
        var rendered = Render("Hi {firstName} {lastName} of {company} ({state})!", Ana);

        Assert.Equal("Hi Ana Silva of Acme (IL)!", rendered.Text);
        Assert.Empty(rendered.EmptyFields);
    }

    [Fact]
    public void A_fallback_stands_in_when_the_contact_has_no_value()
    {
        Assert.Equal("Hi there, your table is ready.", Render("Hi {firstName|there}, your table is ready.", Nameless).Text);
        Assert.Equal("Hi Ana, your table is ready.", Render("Hi {firstName|there}, your table is ready.", Ana).Text);
        Assert.Equal("Hi friend!", Render("Hi { firstName | friend }!", Nameless).Text);
    }

    [Fact]
    public void A_field_without_value_or_fallback_is_left_out_and_named()
    {
        var rendered = Render("Hi {firstName}, thanks from {company}.", Nameless);

        Assert.Equal("Hi , thanks from .", rendered.Text);
        Assert.Equal([MergeFields.FirstName, MergeFields.Company], rendered.EmptyFields);
    }

    [Fact]
    public void Field_names_are_read_in_any_case()
    {
        var template = MergeTemplate.Parse("Hi {FirstName} {LASTNAME}");

        Assert.Empty(template.Errors);
        Assert.Equal([MergeFields.FirstName, MergeFields.LastName], template.Fields);
        Assert.Equal("Hi Ana Silva", template.Render(MergeFields.Of(Ana)).Text);
    }

    [Fact]
    public void An_unknown_field_is_an_error_in_words_once_and_stays_as_typed()
    {
        var template = MergeTemplate.Parse("Hi {frstName}, {frstName} again, {firstName}");

        Assert.Equal(["{frstName} is not a merge field; use one of {firstName}, {lastName}, {company}, {state}."], template.Errors);
        Assert.Equal("Hi {frstName}, {frstName} again, Ana", template.Render(MergeFields.Of(Ana)).Text);
    }

    [Theory]
    [InlineData("Save {10%} today")]
    [InlineData("Braces { } and {} stay")]
    [InlineData("A lone { brace")]
    [InlineData("No fields at all")]
    public void Braces_that_hold_no_field_name_are_plain_text(string text)
    {
        var template = MergeTemplate.Parse(text);

        Assert.Empty(template.Errors);
        Assert.Equal(text, template.Render(MergeFields.Of(Ana)).Text);
    }
}
