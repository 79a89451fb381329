from generator.ir import naming


def test_snake_splits_camel_case_and_acronyms() -> None:
    assert naming.snake("listAllForProject") == "list_all_for_project"
    assert naming.snake("HTTPValidationError") == "http_validation_error"
    assert naming.snake("model-configs") == "model_configs"


def test_pascal_keeps_inner_capitals() -> None:
    assert naming.pascal("model-configs") == "ModelConfigs"
    assert naming.pascal("HTTPValidationError") == "HTTPValidationError"


def test_identifiers_are_never_keywords_or_unsafe() -> None:
    assert naming.identifier("class") == "class_"
    assert naming.identifier("2fa") == "n2fa"
    assert naming.identifier('x"); import os; ("') == "x_import_os"
    assert naming.argument("timeout") == "timeout_"
    assert naming.argument("from") == "from_"


def test_resource_attributes_avoid_client_attributes_and_builtins() -> None:
    assert naming.resource_attribute("with_options") == "with_options_"
    assert naming.resource_attribute("list") == "list_"
    assert naming.resource_attribute("projects") == "projects"


def test_collisions_are_resolved_deterministically() -> None:
    assert naming.unique(["a", "b", "a", "a"]) == ["a", "b", "a_2", "a_3"]


def test_accented_letters_lose_their_accents_instead_of_vanishing() -> None:
    assert naming.snake("Über Things") == "uber_things"
    assert naming.pascal("ñandú-records") == "NanduRecords"
    assert naming.snake("日本") == "value"  # nothing ASCII is left: still a valid identifier


def test_class_names_are_capitalised_never_keywords_and_numbered_without_underscores() -> None:
    assert (
        naming.pascal("2fa") == "N2fa"
        and naming.pascal("!!!") == "Value"
        and naming.pascal("None") == "NoneModel"
    )
    names = naming.class_names(
        ["foo-bar", "foo_bar", "FooBar", "Any", "../../escaped"], frozenset({"Any"})
    )
    assert (
        len(naming.class_names(["x" * 300], frozenset())["x" * 300]) == naming.MAX_CLASS_NAME
    )  # a file name too
    assert names == {
        "foo-bar": "FooBar",
        "foo_bar": "FooBar2",
        "FooBar": "FooBar3",
        "Any": "AnyModel",
        "../../escaped": "Escaped",
    }
