package vn.doimoi.projects.councils;

/** The votes to recommend one item and the sheets cast for it, by the members present. */
public record Votes(int inFavour, int cast) {

    Votes add(boolean inFavourToo) {
        return new Votes(inFavour + (inFavourToo ? 1 : 0), cast + 1);
    }
}
