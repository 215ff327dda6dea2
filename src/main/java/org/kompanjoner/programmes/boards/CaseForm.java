package org.kompanjoner.programmes.boards;

/** A case as the entrepreneur sends it; every field as typed. */
public record CaseForm(String organisation, String challenge, String question, String tried, String help) {

    public static final int MAX_ORGANISATION = 200;
    public static final int MAX_CHALLENGE = 2000;
    public static final int MAX_QUESTION = 1000;
    public static final int MAX_TRIED = 2000;
    public static final int MAX_HELP = 1000;

    public static final CaseForm EMPTY = new CaseForm("", "", "", "", "");

    public CaseForm {
        organisation = BoardFields.empty(organisation);
        challenge = BoardFields.empty(challenge);
        question = BoardFields.empty(question);
        tried = BoardFields.empty(tried);
        help = BoardFields.empty(help);
    }
}
