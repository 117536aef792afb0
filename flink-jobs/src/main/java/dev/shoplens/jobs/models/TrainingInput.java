package dev.shoplens.jobs.models;

import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.labels.LabelledExample;

/** What the trainers learn from: a matured example, or a snapshot that refreshes the segmentation's data. */
public record TrainingInput(LabelledExample example, CustomerFeatures segmentSnapshot) {

    static TrainingInput of(LabelledExample example) {
        return new TrainingInput(example, null);
    }

    static TrainingInput of(CustomerFeatures snapshot) {
        return new TrainingInput(null, snapshot);
    }
}
